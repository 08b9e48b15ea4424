"""Texts of recurring initiatives, change over time and the onboarding brief: key → (Danish, English)."""

TEXTS: dict[str, tuple[str, str]] = {
    # recurring initiatives
    "initiatives.title": ("Tilbagevendende initiativer", "Recurring initiatives"),
    "initiatives.caption": ("Initiativer ordnet efter hvor mange møder der nævner dem, med "
                            "tidslinje og hvem der driver dem.", "Initiatives ranked by how many "
                            "meetings mention them, with a timeline and who drives them."),
    "initiatives.only_recurring": ("Kun tilbagevendende (nævnt ved mindst to møder)",
                                   "Only recurring (mentioned at two meetings or more)"),
    "initiatives.count": ("Initiativer", "Initiatives"),
    "initiatives.recurring": ("Tilbagevendende", "Recurring"),
    "initiatives.with_drivers": ("Med kendte drivkræfter", "With known drivers"),
    "initiatives.none": ("Ingen initiativer med de valgte filtre.",
                         "No initiatives with these filters."),
    "initiatives.none_recurring": ("Intet initiativ er nævnt ved mere end ét møde med de valgte "
                                   "filtre. Slå »kun tilbagevendende« fra for at se alle.",
                                   "No initiative is mentioned at more than one meeting with "
                                   "these filters. Turn off “only recurring” to see all."),
    "initiatives.chart": ("Initiativer over tid (de {n} mest nævnte)",
                          "Initiatives over time (the {n} most mentioned)"),
    "initiatives.hover": ("<b>{name}</b><br>{date} · {body}<br>drives af: {drivers}",
                          "<b>{name}</b><br>{date} · {body}<br>driven by: {drivers}"),
    "initiatives.initiative": ("Initiativ", "Initiative"),
    "initiatives.documents": ("Dokumenter", "Documents"),
    "initiatives.first": ("Først nævnt", "First mentioned"),
    "initiatives.last": ("Sidst nævnt", "Last mentioned"),
    "initiatives.months": ("Måneder", "Months"),
    "initiatives.drivers": ("Drives af", "Driven by"),
    # change over time
    "change.title": ("Forandring over tid", "Change over time"),
    "change.caption": ("Aktive personer, forbindelser, tæthed og grupper pr. periode; hvem kom "
                       "til, hvem stoppede og hvem bygger bro — hver med mødet der viser det.",
                       "Active persons, ties, density and groups per period; who came, who "
                       "left and who brokers — each with the meeting that shows it."),
    "change.by": ("Periode", "Period"),
    "change.by_year": ("År", "Year"),
    "change.by_quarter": ("Kvartal", "Quarter"),
    "change.by_term": ("Valgperiode", "Municipal term"),
    "change.chart": ("Netværket pr. periode", "The network per period"),
    "change.persons": ("Aktive personer", "Active persons"),
    "change.persons_unit": ("Antal personer", "Number of persons"),
    "change.ties": ("Forbindelser", "Ties"),
    "change.ties_unit": ("Antal forbindelser", "Number of ties"),
    "change.density": ("Tæthed", "Density"),
    "change.density_unit": ("Andel af mulige forbindelser (0–1)", "Share of possible ties (0–1)"),
    "change.components": ("Adskilte grupper", "Separate groups"),
    "change.components_unit": ("Antal komponenter", "Number of components"),
    "change.meetings": ("Møder", "Meetings"),
    "change.newcomers": ("Nye", "Newcomers"),
    "change.leavers": ("Stoppede", "Leavers"),
    "change.period": ("Vælg periode", "Choose period"),
    "change.in_period": ("Perioden {period}", "The period {period}"),
    "change.retention": ("{share} af de aktive i {previous} var aktive igen.",
                         "{share} of those active in {previous} were active again."),
    "change.first_period": ("Første periode med møder: alle er nye.",
                            "First period with meetings: everyone is new."),
    "change.newcomers_title": ("Nye personer", "Newcomers"),
    "change.leavers_title": ("Stoppede personer", "Leavers"),
    "change.meeting_newcomer": ("Første møde i perioden", "First meeting in the period"),
    "change.meeting_leaver": ("Sidste møde før", "Last meeting before"),
    "change.brokers": ("Brobyggere", "Brokers"),
    "change.brokers_caption": ("Personer som mange korteste veje mellem andre går igennem "
                               "(betweenness, 0–1).", "Persons many shortest paths between "
                               "others run through (betweenness, 0–1)."),
    "change.no_brokers": ("Ingen brobyggere i perioden: alle aktive mødtes direkte, eller "
                          "grupperne havde ingen fælles personer.", "No brokers in the period: "
                          "everyone active met directly, or the groups shared no one."),
    "change.rank": ("Plads", "Rank"),
    "change.betweenness": ("Betweenness", "Betweenness"),
    "change.previous_rank": ("Plads i forrige periode", "Rank in the previous period"),
    "change.meeting_broker": ("Første møde i perioden", "First meeting in the period"),
    "change.no_dates": ("Ingen møder med dato i dette udsnit.", "No dated meetings in this view."),
    # onboarding brief
    "brief.title": ("Introduktion til en kommune", "Onboarding brief"),
    "brief.caption": ("Til en ny centerleder: hvem er hvem, organisationer og kontakter, "
                      "initiativer og hvad møderne har behandlet det seneste år. Kan hentes "
                      "som Markdown eller HTML.", "For a new centre leader: who's who, "
                      "organisations and contacts, initiatives and what the meetings dealt "
                      "with in the last year. Download as Markdown or HTML."),
    "brief.heading": ("Introduktion: {municipality}", "Onboarding brief: {municipality}"),
    "brief.intro": ("Bygget på {documents} referater fra {first} til {last}. »Seneste 12 "
                    "måneder« er {since} – {last}, regnet fra det seneste møde i data.",
                    "Built from {documents} sets of minutes from {first} to {last}. “Last 12 "
                    "months” is {since} – {last}, counted from the latest meeting in the data."),
    "brief.intro_undated": ("Bygget på {documents} referater uden dato.",
                            "Built from {documents} undated sets of minutes."),
    "brief.no_municipality": ("Ingen møder har en kommune endnu.",
                              "No meeting has a municipality yet."),
    "brief.download_md": ("Hent som Markdown", "Download Markdown"),
    "brief.download_html": ("Hent som HTML", "Download HTML"),
    "brief.people": ("Hvem er hvem", "Who's who"),
    "brief.people_note": ("Personerne i kommunens referater, senest sete først.",
                          "The persons in the municipality's minutes, most recently seen first."),
    "brief.organisations": ("Organisationer og kontakter", "Organisations and contacts"),
    "brief.organisations_note": ("Flest nævnte møder først; kontakter er medlemmer og "
                                 "repræsentanter.", "Most meetings first; contacts are members "
                                 "and representatives."),
    "brief.active": ("Aktive initiativer", "Active initiatives"),
    "brief.active_note": ("Nævnt inden for de seneste 12 måneder.",
                          "Mentioned within the last 12 months."),
    "brief.recent": ("Tidligere initiativer", "Earlier initiatives"),
    "brief.decisions": ("Punkter og beslutninger de seneste 12 måneder",
                        "Items and decisions of the last 12 months"),
    "brief.decisions_note": ("Dagsordenspunkter fra møderne, nyeste først.",
                             "Agenda items of the meetings, newest first."),
    "brief.grants": ("Bevillinger de seneste 12 måneder", "Grants of the last 12 months"),
    "brief.nothing": ("Intet i data.", "Nothing in the data."),
    "brief.col_name": ("Navn", "Name"),
    "brief.col_represents": ("Repræsenterer", "Represents"),
    "brief.col_roles": ("Roller", "Roles"),
    "brief.col_meetings": ("Møder", "Meetings"),
    "brief.col_last_seen": ("Sidst set", "Last seen"),
    "brief.col_organisation": ("Organisation", "Organisation"),
    "brief.col_kind": ("Type", "Kind"),
    "brief.col_contacts": ("Kontakter", "Contacts"),
    "brief.col_initiative": ("Initiativ", "Initiative"),
    "brief.col_stage": ("Stadie", "Stage"),
    "brief.col_last": ("Sidst nævnt", "Last mentioned"),
    "brief.col_drivers": ("Drives af", "Driven by"),
    "brief.col_date": ("Dato", "Date"),
    "brief.col_body": ("Forum/råd", "Body"),
    "brief.col_number": ("Punkt", "Item"),
    "brief.col_title": ("Titel", "Title"),
    "brief.col_funder": ("Bevilget af", "Granted by"),
    "brief.col_recipient": ("Modtager", "Recipient"),
    "brief.col_amount": ("Beløb", "Amount"),
    "brief.col_quote": ("Citat", "Quote"),
}
