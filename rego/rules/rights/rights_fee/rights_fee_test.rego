package noticelint.rules.rights.rights_fee_test

import data.noticelint.rules.rights.rights_fee

cases := {
	"fee for every request": {
		"notice": {"rights": {"fee": "every_request", "exercise": {"email": "privacy@example.be"}}},
		"want": {"/rights/fee"},
	},
	"free": {
		"notice": {"rights": {"fee": "free"}},
		"want": set(),
	},
	"only for further copies": {
		"notice": {"rights": {"fee": "additional_copies"}},
		"want": set(),
	},
	"only for excessive requests": {
		"notice": {"rights": {"fee": "excessive_requests"}},
		"want": set(),
	},
	"silent on fees": {
		"notice": {"rights": {"stated": ["access"]}},
		"want": set(),
	},
	"no rights section": {
		"notice": {"title": "Privacy notice"},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in rights_fee.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	some f in rights_fee.report with input as {"notice": {"rights": {"fee": "every_request"}}, "as_of": "2026-11-22"}
	f.message == "The notice charges a fee for every rights request, although requests are free and a fee is allowed only for further copies or manifestly unfounded or excessive requests."
}
