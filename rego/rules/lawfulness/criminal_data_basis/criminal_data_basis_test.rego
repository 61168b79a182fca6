package noticelint.rules.lawfulness.criminal_data_basis_test

import data.noticelint.rules.lawfulness.criminal_data_basis

cases := {
	"criminal data without basis": {
		"activities": [{"name": "Recruitment", "criminal_data": {"description": "Extract from the criminal record"}}],
		"want": {"/activities/0/criminal_data"},
	},
	"empty criminal data object": {
		"activities": [{"name": "Recruitment", "criminal_data": {}}],
		"want": {"/activities/0/criminal_data"},
	},
	"blank basis": {
		"activities": [{"name": "Recruitment", "criminal_data": {"description": "Extract from the criminal record", "basis": " "}}],
		"want": {"/activities/0/criminal_data"},
	},
	"basis given": {
		"activities": [{"name": "Recruitment", "criminal_data": {"description": "Extract from the criminal record", "basis": "Art. 596-1 Belgian Code of Criminal Procedure"}}],
		"want": set(),
	},
	"no criminal data": {
		"activities": [{"name": "Orders"}],
		"want": set(),
	},
	"only the second activity": {
		"activities": [{"name": "Orders"}, {"name": "Security staff screening", "criminal_data": {"description": "Certificate of good conduct"}}],
		"want": {"/activities/1/criminal_data"},
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in criminal_data_basis.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	notice := {"activities": [{"name": "Recruitment", "criminal_data": {}}]}
	got := {f.message | some f in criminal_data_basis.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The activity \"Recruitment\" processes data on criminal convictions or offences but names no official authority or law that authorises it."}
}
