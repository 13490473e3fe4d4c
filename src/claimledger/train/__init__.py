"""Training the learned resources the pipeline ships (beside the stages, never imported by them).

``train.events`` fits the event-type classifier that ``extract/events/model.py``
reads; it needs the ``train`` extra (scikit-learn).
"""
