package noticelint.rules.controller.controller_identity_test

import data.noticelint.rules.controller.controller_identity

complete := {
	"name": "Bakkerij Janssens BV",
	"address": {"street": "Kerkstraat 1", "postal_code": "2000", "city": "Antwerpen", "country": "BE"},
	"contact": {"email": "privacy@janssens.be"},
}

# with_field replaces one field of complete (object.union would merge nested objects).
with_field(key, value) := object.union(object.remove(complete, [key]), {key: value})

cases := {
	"no controller at all": {
		"notice": {"title": "Privacy notice"},
		"want": {""},
	},
	"complete controller": {
		"notice": {"controller": complete},
		"want": set(),
	},
	"empty controller object": {
		"notice": {"controller": {}},
		"want": {"/controller"},
	},
	"name absent": {
		"notice": {"controller": object.remove(complete, ["name"])},
		"want": {"/controller"},
	},
	"name blank": {
		"notice": {"controller": with_field("name", "  ")},
		"want": {"/controller/name"},
	},
	"address absent": {
		"notice": {"controller": object.remove(complete, ["address"])},
		"want": {"/controller"},
	},
	"address without country": {
		"notice": {"controller": with_field("address", {"street": "Kerkstraat 1", "city": "Antwerpen"})},
		"want": {"/controller/address"},
	},
	"contact absent": {
		"notice": {"controller": object.remove(complete, ["contact"])},
		"want": {"/controller"},
	},
	"website alone is not a channel": {
		"notice": {"controller": with_field("contact", {"website": "https://www.janssens.be"})},
		"want": {"/controller/contact"},
	},
	"blank e-mail is not a channel": {
		"notice": {"controller": with_field("contact", {"email": ""})},
		"want": {"/controller/contact"},
	},
	"postal address with only the country is not a channel": {
		"notice": {"controller": with_field("contact", {"postal": {"country": "BE"}})},
		"want": {"/controller/contact"},
	},
	"phone is a channel": {
		"notice": {"controller": with_field("contact", {"phone": "+32 3 123 45 67"})},
		"want": set(),
	},
	"web form is a channel": {
		"notice": {"controller": with_field("contact", {"form": "https://www.janssens.be/privacy/contact"})},
		"want": set(),
	},
	"postal contact address is a channel": {
		"notice": {"controller": with_field("contact", {"postal": {"street": "Postbus 12", "postal_code": "2000", "city": "Antwerpen", "country": "BE"}})},
		"want": set(),
	},
	"only a name": {
		"notice": {"controller": {"name": "Bakkerij Janssens BV"}},
		"want": {"/controller"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in controller_identity.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_each_missing_element_is_its_own_finding if {
	got := controller_identity.report with input as {"notice": {"controller": {"name": "Bakkerij Janssens BV"}}, "as_of": "2026-01-01"}
	count(got) == 2
}

test_message_names_controller if {
	notice := {"controller": object.remove(complete, ["contact"])}
	got := {f.message | some f in controller_identity.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The controller \"Bakkerij Janssens BV\" gives no way to contact it: no e-mail address, phone number, web form or postal address."}
}
