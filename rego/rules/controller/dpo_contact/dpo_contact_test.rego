package noticelint.rules.controller.dpo_contact_test

import data.noticelint.rules.controller.dpo_contact

cases := {
	"designated without contact": {
		"dpo": {"designated": true},
		"want": {"/controller/dpo"},
	},
	"designated with an empty contact": {
		"dpo": {"designated": true, "contact": {}},
		"want": {"/controller/dpo"},
	},
	"designated with only a website": {
		"dpo": {"designated": true, "contact": {"website": "https://www.janssens.be"}},
		"want": {"/controller/dpo"},
	},
	"named, designation not stated, no contact": {
		"dpo": {"name": "Data protection officer"},
		"want": {"/controller/dpo"},
	},
	"named but not designated": {
		"dpo": {"designated": false, "name": "Privacy team"},
		"want": set(),
	},
	"not designated": {
		"dpo": {"designated": false},
		"want": set(),
	},
	"blank name, designation not stated": {
		"dpo": {"name": " "},
		"want": set(),
	},
	"designated with e-mail": {
		"dpo": {"designated": true, "contact": {"email": "dpo@janssens.be"}},
		"want": set(),
	},
	"named with postal address": {
		"dpo": {"name": "DPO", "contact": {"postal": {"street": "Kerkstraat 1", "postal_code": "2000", "city": "Antwerpen", "country": "BE"}}},
		"want": set(),
	},
	"designated with phone": {
		"dpo": {"designated": true, "contact": {"phone": "+32 3 123 45 67"}},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in dpo_contact.report with input as {"notice": {"controller": {"name": "Bakkerij Janssens BV", "dpo": c.dpo}}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_no_dpo_section_stays_quiet if {
	count(dpo_contact.report) == 0 with input as {"notice": {"controller": {"name": "Bakkerij Janssens BV"}}, "as_of": "2026-01-01"}
}

test_message if {
	got := {f.message | some f in dpo_contact.report with input as {"notice": {"controller": {"dpo": {"designated": true}}}, "as_of": "2026-01-01"}}
	got == {"The controller has designated a data protection officer but the notice gives no way to contact them: no e-mail address, phone number, web form or postal address."}
}

test_message_names_dpo if {
	got := {f.message | some f in dpo_contact.report with input as {"notice": {"controller": {"dpo": {"name": "Marie Peeters"}}}, "as_of": "2026-01-01"}}
	got == {"The controller has designated a data protection officer (\"Marie Peeters\") but the notice gives no way to contact them: no e-mail address, phone number, web form or postal address."}
}
