package noticelint.rules.transfers.transfer_privacy_shield_test

import data.noticelint.rules.transfers.transfer_privacy_shield

cases := {
	"privacy shield after Schrems II": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "privacy_shield"}],
		"want": {"/transfers/0/mechanism"},
	},
	"privacy shield on the day of the judgment": {
		"as_of": "2020-07-16",
		"transfers": [{"destination": "US", "mechanism": "privacy_shield"}],
		"want": {"/transfers/0/mechanism"},
	},
	"privacy shield the day before the judgment": {
		"as_of": "2020-07-15",
		"transfers": [{"destination": "US", "mechanism": "privacy_shield"}],
		"want": set(),
	},
	"safe harbor after Schrems I": {
		"as_of": "2019-01-01",
		"transfers": [{"mechanism": "safe_harbor"}],
		"want": {"/transfers/0/mechanism"},
	},
	"data privacy framework": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		"want": set(),
	},
	"only the second transfer": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}, {"destination": "US", "mechanism": "privacy_shield"}],
		"want": {"/transfers/1/mechanism"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_privacy_shield.report with input as {"notice": {"transfers": c.transfers}, "as_of": c.as_of}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_framework_and_date if {
	some f in transfer_privacy_shield.report with input as {"notice": {"transfers": [{"destination": "US", "mechanism": "privacy_shield"}]}, "as_of": "2026-01-01"}
	f.message == "The transfer to US relies on EU-US Privacy Shield, invalid since 2020-07-16."
}
