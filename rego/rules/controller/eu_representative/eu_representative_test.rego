package noticelint.rules.controller.eu_representative_test

import data.noticelint.rules.controller.eu_representative

us_controller := {
	"name": "Widget Inc.",
	"address": {"street": "1 Main Street", "city": "Springfield", "region": "IL", "country": "US"},
	"contact": {"email": "privacy@widget.example"},
}

cases := {
	"US controller without representative": {
		"controller": us_controller,
		"want": {"/controller/address/country"},
	},
	"US controller with an empty representative": {
		"controller": object.union(us_controller, {"representative": {}}),
		"want": {"/controller/address/country"},
	},
	"representative with a blank name only": {
		"controller": object.union(us_controller, {"representative": {"name": " "}}),
		"want": {"/controller/address/country"},
	},
	"representative named": {
		"controller": object.union(us_controller, {"representative": {"name": "EU Rep Services BV"}}),
		"want": set(),
	},
	"representative given by address only": {
		"controller": object.union(us_controller, {"representative": {"address": {"street": "Keizersgracht 1", "city": "Amsterdam", "country": "NL"}}}),
		"want": set(),
	},
	"representative given by contact only": {
		"controller": object.union(us_controller, {"representative": {"contact": {"email": "eurep@widget.example"}}}),
		"want": set(),
	},
	"representative with only a website": {
		"controller": object.union(us_controller, {"representative": {"contact": {"website": "https://eurep.example"}}}),
		"want": {"/controller/address/country"},
	},
	"controller in Belgium": {
		"controller": {"name": "Bakkerij Janssens BV", "address": {"city": "Antwerpen", "country": "BE"}},
		"want": set(),
	},
	"controller in Norway, EEA but not EU": {
		"controller": {"name": "Fisk AS", "address": {"city": "Bergen", "country": "NO"}},
		"want": set(),
	},
	"controller in Switzerland, adequate but outside the EEA": {
		"controller": {"name": "Uhren AG", "address": {"city": "Bern", "country": "CH"}},
		"want": {"/controller/address/country"},
	},
	"controller in the United Kingdom": {
		"controller": {"name": "Tea Ltd", "address": {"city": "London", "country": "GB"}},
		"want": {"/controller/address/country"},
	},
	"no country given": {
		"controller": {"name": "Widget Inc.", "address": {"city": "Springfield"}},
		"want": set(),
	},
	"no address": {
		"controller": {"name": "Widget Inc."},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in eu_representative.report with input as {"notice": {"controller": c.controller}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_no_controller_stays_quiet if {
	count(eu_representative.report) == 0 with input as {"notice": {}, "as_of": "2026-01-01"}
}

test_message_names_country if {
	got := {f.message | some f in eu_representative.report with input as {"notice": {"controller": us_controller}, "as_of": "2026-01-01"}}
	got == {"The controller's address is in US, outside the EEA, but the notice names no representative in the Union."}
}
