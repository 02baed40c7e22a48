"""One way to write dates and times per language, for pages, PDFs, calendar files and e-mails
alike (``settings.FORMAT_MODULE_PATH``; ``matchmaking.documents`` formats with the same names).
Only output formats are set here: what forms accept stays Django's for each language.

Both languages write times on the 24-hour clock, as the agendas, the table plan and the ICS
summaries always did: "14:05" is read the same way on both sides, "2:05 p.m." is not."""
