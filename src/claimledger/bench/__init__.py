"""``claimledger bench``: loaders and scorers for third-party benchmark data."""
