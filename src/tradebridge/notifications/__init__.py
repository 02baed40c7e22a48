"""Notifications for every domain: an in-platform inbox and e-mail, each person in their own
language, about anything (a generic link)."""
