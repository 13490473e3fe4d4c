"""``claimledger train events``: fit the event-type classifier on ACLED exports.

With no ``--acled`` it reads the four ACLED dev files with sub-event types
under ``--data`` (the files the shipped model was built from), so
``claimledger train events --out src/claimledger/resources/models/events.npz``
rebuilds the shipped weights. Needs scikit-learn (``pip install claimledger[train]``).
"""

from __future__ import annotations

from pathlib import Path

import click

from claimledger.options import DEFAULT_MODEL


@click.group()
def train() -> None:
    """Train the models the pipeline uses.

    Example: claimledger train events --acled export.csv --out my-events.npz
    """


@train.command("events")
@click.option(
    "--acled",
    "acled",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An ACLED CSV export (repeat for several; rows without sub-event type are skipped).",
)
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder whose acled/ files are read when no --acled is given.",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
def events(acled: tuple[Path, ...], data: Path, out: Path) -> None:
    """Train the event-type classifier and write it to OUT (use it with --events-model OUT).

    Example: claimledger train events --acled export.csv --out my-events.npz
    """
    try:
        from claimledger.extract.events.model import save_model
        from claimledger.train.events import DEFAULT_FILES, train_events
    except ImportError as exc:  # scikit-learn or scipy missing
        raise click.ClickException(
            f"training needs the train extra (pip install 'claimledger[train]'): {exc}"
        ) from exc
    paths = list(acled) or [data / "acled" / name for name in DEFAULT_FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"ACLED file(s) not found: {', '.join(missing)}")
    try:
        model = train_events(paths)
    except (ValueError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc
    save_model(model, out)
    size = out.stat().st_size
    click.echo(
        f"wrote {out} ({size / 1e6:.1f} MB): {len(model.classes)} sub-event types, "
        f"{model.meta['n_train']} notes"
    )


@train.command("attribution")
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder holding attribution/polnear/data/train (PolNeAR train).",
)
@click.option(
    "--split",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A PolNeAR-format split folder (text/, attributions/) instead of PolNeAR train.",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
@click.option("--model", "spacy_model", default=DEFAULT_MODEL, show_default=True)
def attribution(data: Path, split: Path | None, out: Path, spacy_model: str) -> None:
    """Train the learned attribution scorers on PolNeAR train and write them to OUT.

    Example: claimledger train attribution --out src/claimledger/resources/models/attribution.npz
    """
    try:
        from claimledger.attribute.model import save_model
        from claimledger.train.attribution import TRAIN_DIR, train_attribution
    except ImportError as exc:  # scikit-learn or scipy missing
        raise click.ClickException(
            f"training needs the train extra (pip install 'claimledger[train]'): {exc}"
        ) from exc
    folder = split or data / TRAIN_DIR
    if not (folder / "text").is_dir():
        raise click.ClickException(f"PolNeAR split not found: {folder} (needs text/)")
    try:
        model = train_attribution(folder, spacy_model)
    except (ValueError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc
    save_model(model, out)
    meta = model.meta
    click.echo(
        f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB): {meta['n_texts']} texts, "
        f"thresholds add {model.add_threshold} keep {model.keep_threshold}, source F1 "
        f"{meta['tune_source_overlap_f1']} cross-validated on the training texts (rules {meta['tune_source_overlap_f1_rules']})"
    )


@train.command("places")
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder whose geo/lgl.xml is read (its development half only).",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
def places_command(data: Path, out: Path) -> None:
    """Train the toponym ranker and write its weights to OUT (JSON).

    Example: claimledger train places --out src/claimledger/resources/models/places.json
    """
    from claimledger.train.places import train_places, write_model

    path = data / "geo" / "lgl.xml"
    if not path.exists():
        raise click.ClickException(f"LGL file not found: {path}")
    model = train_places(path)
    write_model(model, out)
    click.echo(f"{out}: {model['groups']} names of {model['trained_on']}")


@train.command("linking")
@click.option(
    "--data",
    default="../shared/bench",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Benchmark folder whose gva/articles-dev.jsonl is read (its tune half only).",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
@click.option("--model", "spacy_model", default=DEFAULT_MODEL, show_default=True)
@click.option(
    "--cache",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A pickle of the tune half's analyses this command wrote before (read when it "
    "exists, else written): the pipeline's output, so only a file you made yourself.",
)
def linking_command(data: Path, out: Path, spacy_model: str, cache: Path | None) -> None:
    """Train the linker's pair scorer on the GVA dev tune half and write it to OUT.

    Example: claimledger train linking --out src/claimledger/resources/models/linking.npz
    """
    try:
        from claimledger.corpus.link_learned import save_model
        from claimledger.train.linking import DEV_FILE, analyser, train_linking
    except ImportError as exc:  # scikit-learn or scipy missing
        raise click.ClickException(
            f"training needs the train extra (pip install 'claimledger[train]'): {exc}"
        ) from exc
    if not (data / DEV_FILE).exists():
        raise click.ClickException(f"GVA dev file not found: {data / DEV_FILE}")
    model = train_linking(data, analyser(spacy_model, cache))
    save_model(model, out)
    meta = model.meta
    click.echo(
        f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB): {meta['n_pairs']} pairs of "
        f"{meta['n_documents']} documents; thresholds link {model.threshold_link} merge "
        f"{model.threshold_merge}; cross-validated B-cubed (P, R, F1) {meta['cv'][meta['chosen']]} "
        f"(rules {meta['cv']['rules']})"
    )


@train.command("disputes")
@click.option("--out", default=None, type=click.Path(dir_okay=False), help="Model file.")
@click.option("--model", "spacy_model", default=DEFAULT_MODEL, show_default=True)
@click.option(
    "--data",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of disputes-a.tsv and disputes-b-heldout.tsv "
    "[default: tests/fixtures/grade of a checkout].",
)
@click.option("--cv", is_flag=True, help="Print the 5-fold CV on batch A that chose the settings.")
def disputes_command(out: str | None, spacy_model: str, data: Path | None, cv: bool) -> None:
    """Fit the learned dispute reader on our sentences (batch A) and score it beside the rule
    reader on the held-out batch B (JSON on stdout); --cv: the cross-validation on batch A
    that chose its settings instead.

    Example: claimledger train disputes --data tests/fixtures/grade --out disputes.npz
    """
    import json

    from claimledger.reconcile.grade_dispute_model import save_model
    from claimledger.train.disputes import FIXTURES, check_data, cv_report, evaluate, fit_batch_a

    folder = data if data is not None else FIXTURES
    try:
        check_data(folder)
    except FileNotFoundError as exc:
        raise click.UsageError(f"{exc}; pass --data DIR") from None
    if cv:
        click.echo(json.dumps(cv_report(spacy_model, folder), indent=1))
        return
    model = fit_batch_a(folder)  # fitted once: scored, then written
    click.echo(json.dumps(evaluate(spacy_model, model, folder), indent=1))
    if out:
        save_model(model, out)


@train.command("dispute-texts")
@click.option(
    "--fixtures",
    default="tests/fixtures",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A checkout's fixtures folder: grade/disputes-*.tsv and assessments/assessments-fresh*.csv.",
)
@click.option(
    "--assessments",
    "own",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own graded assessments (CSV with 'assessment' and 'grading' columns; repeat "
    "for several), fitted instead of our batches.",
)
@click.option(
    "--until",
    default=None,
    type=click.IntRange(min=1),
    help="Our assessments batches up to this number [default: those of the shipped file].",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Model file."
)
def dispute_texts_command(
    fixtures: Path, own: tuple[Path, ...], until: int | None, out: Path
) -> None:
    """Fit the grade's text reader of disputes (shipped as grade-disputes.npz) and write it.

    Example: claimledger train dispute-texts --out src/claimledger/resources/models/grade-disputes.npz
    """
    from claimledger.reconcile.grade_dispute_model import save_model
    from claimledger.train.dispute_texts import SHIPPED_UNTIL, fit, training_set

    texts, labels = training_set(fixtures, own, until or SHIPPED_UNTIL)
    if not texts or len(set(labels)) < 2:
        raise click.ClickException(
            f"need texts of both kinds (Contested and not) to fit: found {len(texts)} texts, "
            f"{sum(labels)} Contested, under {fixtures} and {len(own)} file(s) given"
        )
    try:
        model = fit(texts, labels)  # (scipy and scikit-learn are imported here)
    except ImportError as exc:
        raise click.ClickException(
            f"training needs the train extra (pip install 'claimledger[train]'): {exc}"
        ) from exc
    save_model(model, str(out))
    click.echo(f"wrote {out}: {len(texts)} texts ({sum(labels)} disputes)")
