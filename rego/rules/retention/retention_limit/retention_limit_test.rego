package noticelint.rules.retention.retention_limit_test

import data.noticelint.rules.retention.retention_limit

camera(country, period) := {"name": "Cameras", "video_surveillance": {"country": country}, "retention": {"period": period}}

cases := {
	"Belgium, two months": {
		"notice": {"activities": [camera("BE", "P2M")]},
		"want": {"/activities/0/retention/period"},
	},
	"Belgium, one month is the limit": {
		"notice": {"activities": [camera("BE", "P1M")]},
		"want": set(),
	},
	"Belgium, 30 days": {
		"notice": {"activities": [camera("BE", "P30D")]},
		"want": set(),
	},
	"Belgium, 31 days": {
		"notice": {"activities": [camera("BE", "P31D")]},
		"want": {"/activities/0/retention/period"},
	},
	"Belgium, 30 days and an hour": {
		"notice": {"activities": [camera("BE", "P30DT1H")]},
		"want": {"/activities/0/retention/period"},
	},
	"France, one year": {
		"notice": {"activities": [camera("FR", "P1Y")]},
		"want": {"/activities/0/retention/period"},
	},
	"Netherlands, four weeks is the limit": {
		"notice": {"activities": [camera("NL", "P4W")]},
		"want": set(),
	},
	"Netherlands, one month is over four weeks": {
		"notice": {"activities": [camera("NL", "P1M")]},
		"want": {"/activities/0/retention/period"},
	},
	"Netherlands, 29 days": {
		"notice": {"activities": [camera("NL", "P29D")]},
		"want": {"/activities/0/retention/period"},
	},
	"country with no cap in the facts": {
		"notice": {"activities": [camera("DE", "P1Y")]},
		"want": set(),
	},
	"country from the controller's address": {
		"notice": {
			"controller": {"name": "Winkel BV", "address": {"country": "NL"}},
			"activities": [{"name": "Cameras", "video_surveillance": {"location": "the shop"}, "retention": {"period": "P2M"}}],
		},
		"want": {"/activities/0/retention/period"},
	},
	"cameras' own country wins over the controller's": {
		"notice": {
			"controller": {"name": "Winkel BV", "address": {"country": "NL"}},
			"activities": [camera("DE", "P2M")],
		},
		"want": set(),
	},
	"no country anywhere": {
		"notice": {"activities": [{"name": "Cameras", "video_surveillance": {}, "retention": {"period": "P2M"}}]},
		"want": set(),
	},
	"no period is for other rules": {
		"notice": {"activities": [{"name": "Cameras", "video_surveillance": {"country": "BE"}, "retention": {"statement": "as long as necessary"}}]},
		"want": set(),
	},
	"not a camera activity": {
		"notice": {"controller": {"name": "Winkel BV", "address": {"country": "BE"}}, "activities": [{"name": "Orders", "retention": {"period": "P7Y"}}]},
		"want": set(),
	},
	"only the camera activity of two": {
		"notice": {"activities": [{"name": "Orders", "retention": {"period": "P7Y"}}, camera("BE", "P3M")]},
		"want": {"/activities/1/retention/period"},
	},
	"no activities": {"notice": {"activities": []}, "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in retention_limit.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_gives_period_limit_and_country if {
	some f in retention_limit.report with input as {"notice": {"activities": [camera("BE", "P2M")]}, "as_of": "2026-01-01"}
	f.message == "Activity \"Cameras\" keeps camera images for P2M, longer than the maximum of P1M (30 days) for cameras in Belgium (BE)."
}
