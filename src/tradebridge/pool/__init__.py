"""The bilateral project pool: opportunities, their review, expressions of interest and deals."""
