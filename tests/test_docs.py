"""Every CLI command has help text and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import click

from claimledger.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_docs_every_command_has_help_with_an_example() -> None:
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None and command.help, name
        assert "Example:" in command.help, name


def test_docs_every_command_is_in_the_readme() -> None:
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        assert f"claimledger {name}" in README, name


def test_docs_readme_opens_with_the_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    assert "make demo" in head and "make test" in head
