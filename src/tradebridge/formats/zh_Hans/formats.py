"""Chinese: "2016年5月11日（星期三）", "14:05"."""

DATE_FORMAT = "Y年n月j日（D）"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y年n月j日（D） H:i"
YEAR_MONTH_FORMAT = "Y年n月"
MONTH_DAY_FORMAT = "n月j日"
SHORT_DATE_FORMAT = "Y年n月j日"
SHORT_DATETIME_FORMAT = "Y年n月j日 H:i"
