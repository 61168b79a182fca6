package noticelint.rules.rights.rights_contact_test

import data.noticelint.rules.rights.rights_contact

cases := {
	"no rights section": {
		"notice": {"title": "Privacy notice"},
		"want": {""},
	},
	"rights without exercise channels": {
		"notice": {"rights": {"stated": ["access", "erasure"]}},
		"want": {"/rights"},
	},
	"empty exercise object": {
		"notice": {"rights": {"exercise": {}}},
		"want": {"/rights/exercise"},
	},
	"website alone is not a channel": {
		"notice": {"rights": {"exercise": {"website": "https://www.example.be"}}},
		"want": {"/rights/exercise"},
	},
	"blank e-mail address": {
		"notice": {"rights": {"exercise": {"email": " "}}},
		"want": {"/rights/exercise"},
	},
	"postal address with only a country": {
		"notice": {"rights": {"exercise": {"postal": {"country": "BE"}}}},
		"want": {"/rights/exercise"},
	},
	"e-mail address": {
		"notice": {"rights": {"exercise": {"email": "privacy@example.be"}}},
		"want": set(),
	},
	"telephone": {
		"notice": {"rights": {"exercise": {"phone": "+32 3 123 45 67"}}},
		"want": set(),
	},
	"web form": {
		"notice": {"rights": {"exercise": {"form": "https://www.example.be/privacy-request"}}},
		"want": set(),
	},
	"postal address": {
		"notice": {"rights": {"exercise": {"postal": {"street": "Kerkstraat 1", "postal_code": "2000", "city": "Antwerpen", "country": "BE"}}}},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in rights_contact.report with input as {"notice": c.notice, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	some f in rights_contact.report with input as {"notice": {"rights": {"exercise": {}}}, "as_of": "2026-11-22"}
	f.message == "The notice does not say where to send a request to exercise data-subject rights: give an e-mail address, telephone number, web form or postal address."
}
