# METADATA
# title: Router
# description: |
#   Collects the findings of every rule under data.noticelint.rules and tags
#   each with the rule's id. A new rule is a new package there; nothing here
#   changes. The rule id is the package name with dashes for underscores.
# scope: package
package noticelint.main

report contains object.union(finding, {"rule": _id(name)}) if {
	some category, name
	some finding in data.noticelint.rules[category][name].report
}

# _id is the rule id of a package name. OPA caches a function's result for
# its arguments, so the id is worked out once per rule, not once per finding.
_id(name) := replace(name, "_", "-")
