package noticelint.rules.cookies.cookie_duration_test

import data.noticelint.rules.cookies.cookie_duration

cases := {
	"no duration": {
		"cookies": [{"name": "_ga", "provider": "Google LLC", "party": "third", "purpose": "statistics"}],
		"want": {"/cookies/0"},
	},
	"strictly necessary cookie without duration": {
		"cookies": [{"name": "av_session", "purpose": "strictly_necessary"}],
		"want": {"/cookies/0"},
	},
	"a period": {
		"cookies": [{"name": "_ga", "duration": "P13M"}],
		"want": set(),
	},
	"a session cookie": {
		"cookies": [{"name": "av_session", "duration": "session"}],
		"want": set(),
	},
	"only the second cookie": {
		"cookies": [{"name": "av_lang", "duration": "P1Y"}, {"name": "_fbp"}],
		"want": {"/cookies/1"},
	},
	"no cookies": {"cookies": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in cookie_duration.report with input as {"notice": {"cookies": c.cookies}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_cookie if {
	some f in cookie_duration.report with input as {"notice": {"cookies": [{"name": "_fbp"}]}, "as_of": "2026-01-01"}
	f.message == "Cookie \"_fbp\" does not say how long it lasts."
}
