package noticelint.rules.rights.rights_identity_test

import data.noticelint.rules.rights.rights_identity

cases := {
	"copy of identity card for every request": {
		"check": {"when": "every_request", "document": "a copy of your identity card"},
		"want": {"/rights/identity_check"},
	},
	"passport in capitals": {
		"check": {"when": "every_request", "document": "Copy of PASSPORT or driving licence"},
		"want": {"/rights/identity_check"},
	},
	"Dutch identity document": {
		"check": {"when": "every_request", "document": "een kopie van uw identiteitsbewijs"},
		"want": {"/rights/identity_check"},
	},
	"French identity document": {
		"check": {"when": "every_request", "document": "une copie de votre pièce d'identité"},
		"want": {"/rights/identity_check"},
	},
	"identity card only in reasonable doubt": {
		"check": {"when": "reasonable_doubt", "document": "a copy of your identity card"},
		"want": set(),
	},
	"every request but no identity document": {
		"check": {"when": "every_request", "document": "the e-mail address of your account"},
		"want": set(),
	},
	"every request without saying what": {
		"check": {"when": "every_request"},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in rights_identity.report with input as {"notice": {"rights": {"identity_check": c.check}}, "as_of": "2026-11-22"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_no_identity_check if {
	count(rights_identity.report) == 0 with input as {"notice": {"rights": {"stated": ["access"]}}, "as_of": "2026-11-22"}
}

test_message if {
	some f in rights_identity.report with input as {"notice": {"rights": {"identity_check": {"when": "every_request", "document": "a copy of your identity card"}}}, "as_of": "2026-11-22"}
	f.message == "The notice demands \"a copy of your identity card\" for every request, although proof of identity may be asked only in reasonable doubt and a copy of an identity document only when strictly necessary."
}
