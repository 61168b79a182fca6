# METADATA
# title: Router
# description: |
#   Collects the findings of every rule under data.noticelint.rules and tags
#   each with the rule's id. A new rule is a new package there; nothing here
#   changes. The rule id is the package name with dashes for underscores.
# scope: package
package noticelint.main

report contains object.union(finding, {"rule": replace(name, "_", "-")}) if {
	some category, name
	some finding in data.noticelint.rules[category][name].report
}
