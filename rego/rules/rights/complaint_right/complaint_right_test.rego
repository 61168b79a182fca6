package noticelint.rules.rights.complaint_right_test

import data.noticelint.rules.rights.complaint_right

cases := {
	"no rights section": {
		"notice": {"title": "Privacy notice"},
		"want": {""},
	},
	"rights section without complaint": {
		"notice": {"rights": {"stated": ["access"]}},
		"want": {"/rights"},
	},
	"complaint not stated": {
		"notice": {"rights": {"complaint": {"stated": false}}},
		"want": {"/rights/complaint"},
	},
	"authority named but right not stated": {
		"notice": {"rights": {"complaint": {"stated": false, "authority": {"name": "Autoriteit Persoonsgegevens", "country": "NL"}}}},
		"want": {"/rights/complaint"},
	},
	"complaint stated": {
		"notice": {"rights": {"complaint": {"stated": true}}},
		"want": set(),
	},
	"complaint stated with authority": {
		"notice": {"rights": {"complaint": {"stated": true, "authority": {"name": "CNIL", "country": "FR", "website": "https://www.cnil.fr"}}}},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in complaint_right.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	some f in complaint_right.report with input as {"notice": {"rights": {"complaint": {"stated": false}}}, "as_of": "2026-11-22"}
	f.message == "The notice does not state the right to lodge a complaint with a supervisory authority."
}
