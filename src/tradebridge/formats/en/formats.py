"""English: "Wed, May 11, 2016", "14:05"; the day is written out, never 05/11/2016, which a
reader from China would take for November 5th."""

DATE_FORMAT = "D, M j, Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "D, M j, Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "M j"
SHORT_DATE_FORMAT = "M j, Y"
SHORT_DATETIME_FORMAT = "M j, Y, H:i"
