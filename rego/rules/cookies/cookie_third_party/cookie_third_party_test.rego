package noticelint.rules.cookies.cookie_third_party_test

import data.noticelint.rules.cookies.cookie_third_party

cases := {
	"third party without provider": {
		"cookies": [{"name": "_ga", "party": "third", "purpose": "statistics"}],
		"want": {"/cookies/0"},
	},
	"third party with a blank provider": {
		"cookies": [{"name": "_ga", "party": "third", "provider": " "}],
		"want": {"/cookies/0"},
	},
	"third party with its provider": {
		"cookies": [{"name": "_ga", "party": "third", "provider": "Google LLC"}],
		"want": set(),
	},
	"first party without provider": {
		"cookies": [{"name": "av_session", "party": "first"}],
		"want": set(),
	},
	"party not given": {
		"cookies": [{"name": "av_session"}],
		"want": set(),
	},
	"only the second cookie": {
		"cookies": [{"name": "_sv_id", "party": "third", "provider": "Statistiek Voorbeeld BV"}, {"name": "_fbp", "party": "third"}],
		"want": {"/cookies/1"},
	},
	"no cookies": {"cookies": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in cookie_third_party.report with input as {"notice": {"cookies": c.cookies}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_cookie if {
	some f in cookie_third_party.report with input as {"notice": {"cookies": [{"name": "_fbp", "party": "third"}]}, "as_of": "2026-01-01"}
	f.message == "Cookie \"_fbp\" is set by a third party that the notice does not name."
}
