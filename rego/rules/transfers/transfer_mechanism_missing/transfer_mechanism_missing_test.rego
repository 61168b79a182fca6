package noticelint.rules.transfers.transfer_mechanism_missing_test

import data.noticelint.rules.transfers.transfer_mechanism_missing

cases := {
	"US without mechanism": {
		"transfers": [{"destination": "US", "recipient": "Example Mail Inc."}],
		"want": {"/transfers/0"},
	},
	"India without mechanism": {
		"transfers": [{"destination": "IN"}],
		"want": {"/transfers/0"},
	},
	"Canada is only sectorally adequate": {
		"transfers": [{"destination": "CA"}],
		"want": {"/transfers/0"},
	},
	"only a region, no mechanism": {
		"transfers": [{"region": "Asia", "recipient": "group staff"}],
		"want": {"/transfers/0"},
	},
	"a region with a mechanism": {
		"transfers": [{"region": "Asia", "mechanism": "bcrs", "safeguards_copy": "on request"}],
		"want": set(),
	},
	"Switzerland is adequate as a whole": {
		"transfers": [{"destination": "CH"}],
		"want": set(),
	},
	"United Kingdom is adequate as a whole": {
		"transfers": [{"destination": "GB"}],
		"want": set(),
	},
	"an EEA destination is not a Chapter V transfer": {
		"transfers": [{"destination": "NO"}],
		"want": set(),
	},
	"US with a mechanism": {
		"transfers": [{"destination": "US", "mechanism": "sccs_2021"}],
		"want": set(),
	},
	"no destination and no organisation": {
		"transfers": [{"recipient": "Example Mail Inc.", "mechanism": "sccs_2021"}],
		"want": {"/transfers/0"},
	},
	"empty transfer": {
		"transfers": [{}],
		"want": {"/transfers/0"},
	},
	"blank organisation is no destination": {
		"transfers": [{"organisation": " ", "mechanism": "sccs_2021"}],
		"want": {"/transfers/0"},
	},
	"organisation with a mechanism": {
		"transfers": [{"organisation": "World Health Organization", "mechanism": "derogation_public_interest"}],
		"want": set(),
	},
	"organisation without mechanism or adequacy": {
		"transfers": [{"organisation": "World Health Organization"}],
		"want": {"/transfers/0"},
	},
	"organisation with an adequacy decision": {
		"transfers": [{"organisation": "European patent organisation"}],
		"want": set(),
	},
	"only the second transfer": {
		"transfers": [{"destination": "CH"}, {"destination": "CN"}],
		"want": {"/transfers/1"},
	},
	"no transfers": {"transfers": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_mechanism_missing.report with input as {"notice": {"transfers": c.transfers}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_adequacy_date_matters if {
	transfers := [{"destination": "BR"}]
	before := {f.pointer | some f in transfer_mechanism_missing.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-25"}}
	after := {f.pointer | some f in transfer_mechanism_missing.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-26"}}
	before == {"/transfers/0"}
	after == set()
}

test_message_names_destination if {
	transfers := [{"destination": "US", "recipient": "Example Mail Inc."}]
	some f in transfer_mechanism_missing.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-01"}
	f.message == "The transfer to \"Example Mail Inc.\" in US names no transfer mechanism, and no adequacy decision covers the whole of US: give the ground the transfer relies on."
}

test_region_message if {
	some f in transfer_mechanism_missing.report with input as {"notice": {"transfers": [{"region": "Asia"}]}, "as_of": "2026-01-01"}
	contains(f.message, `names only the region "Asia" and no transfer mechanism`)
}
