package noticelint.rules.transparency.notice_date_test

import data.noticelint.rules.transparency.notice_date

cases := {
	"no date at all": {
		"notice": {"title": "Privacy notice"},
		"want": {""},
	},
	"empty notice": {
		"notice": {},
		"want": {""},
	},
	"blank dates": {
		"notice": {"effective_date": "", "last_updated": ""},
		"want": {""},
	},
	"effective date only": {
		"notice": {"effective_date": "2026-01-01"},
		"want": set(),
	},
	"last updated only": {
		"notice": {"last_updated": "2025-06-30"},
		"want": set(),
	},
	"both dates": {
		"notice": {"effective_date": "2026-01-01", "last_updated": "2025-12-15"},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in notice_date.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	got := {f.message | some f in notice_date.report with input as {"notice": {}, "as_of": "2026-01-01"}}
	got == {"The notice gives neither the date from which it applies nor the date it was last updated."}
}
