namespace Fairtrade.Silo.Accessibility;

/// <summary>
/// What the accessibility statement, the barrier reports and the live page's announcements say, in German and in
/// English. Texts with values are composite format strings, filled in with <see cref="string.Format(string, object?[])"/>.
/// </summary>
public sealed record AccessibilityTexts
{
    public required string Language { get; init; }

    /// <summary>The footer link on every page.</summary>
    public required string FooterLink { get; init; }
    public required string Title { get; init; }
    public required string Scope { get; init; }
    public required string StatusHeading { get; init; }
    public required string Status { get; init; }
    public required string NotAccessibleHeading { get; init; }
    public required IReadOnlyList<string> NotAccessible { get; init; }
    public required string CheckedHeading { get; init; }
    public required string Checked { get; init; }
    public required string Limits { get; init; }
    public required string SelfAssessment { get; init; }

    /// <summary>{0}: the day the statement was prepared.</summary>
    public required string Prepared { get; init; }
    public required string ReportHeading { get; init; }
    public required string ReportIntro { get; init; }
    public required string ByMail { get; init; }
    public required string PageField { get; init; }
    public required string WhatField { get; init; }
    public required string WhatHelp { get; init; }
    public required string EmailField { get; init; }
    public required string Privacy { get; init; }
    public required string Send { get; init; }
    public required string Thanks { get; init; }
    public required string EnforcementHeading { get; init; }
    public required string Enforcement { get; init; }
    public required string EnforcementGermany { get; init; }
    public required string EnforcementElsewhere { get; init; }

    public required string Reports { get; init; }
    public required string NoReports { get; init; }
    public required string Received { get; init; }
    public required string ReportPage { get; init; }
    public required string ReportWhat { get; init; }
    public required string ReplyTo { get; init; }

    /// <summary>{0}: when the report was mailed to the operator's contact.</summary>
    public required string MailedOn { get; init; }
    public required string NotMailed { get; init; }

    /// <summary>The operator's mail. Subject {0}: the page; body {0}: page, {1}: what happened, {2}: the reply address, {3}: when.</summary>
    public required string MailSubject { get; init; }
    public required string MailBody { get; init; }
    public required string NoReplyAddress { get; init; }

    /// <summary>What the live town page announces of a change. {0}: the criterion, {1}: met or not met.</summary>
    public required string CriterionNews { get; init; }

    /// <summary>{0}: the criterion, {1}: the counter, {2}: how many there are now, {3}: how many are needed.</summary>
    public required string CounterNews { get; init; }

    public static AccessibilityTexts For(string language) => language == "de" ? German : English;

    public static readonly AccessibilityTexts German = new()
    {
        Language = "de",
        FooterLink = "Barrierefreiheit",
        Title = "Erklärung zur Barrierefreiheit",
        Scope = "Diese Erklärung gilt für alle Seiten dieses Dienstes: die öffentlichen Seiten der Fairtrade-Städte, die Arbeitsseiten für Koordination, Steuerungsgruppe, Kampagnenbüro und Administration und die Upload-Seiten der teilnehmenden Geschäfte, Cafés und Einrichtungen.",
        StatusHeading = "Wie barrierefrei sind diese Seiten?",
        Status = "Die Seiten sollen die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA erfüllen. Sie sind damit teilweise vereinbar: Die automatische Prüfung findet auf keiner Seite einen Verstoß, aber nicht alles lässt sich automatisch prüfen, und die folgenden Inhalte sind nicht barrierefrei.",
        NotAccessibleHeading = "Nicht barrierefreie Inhalte",
        NotAccessible =
        [
            "Nachweise, die Teilnehmende hochladen (Fotos, eingescannte Erklärungen, PDF-Dateien), stammen von Dritten und werden nicht geprüft; als Textalternative gibt es nur ihren Dateinamen.",
            "Die Arbeitsmappen für den Erneuerungsantrag (.xlsx) und die Nachweispakete (.zip) werden nicht auf Barrierefreiheit geprüft.",
            "Der Verlauf der letzten 90 Tage auf den Seiten der Städte ist eine Grafik; ihre Aussage steht als Text darunter, die Werte der einzelnen Tage nicht.",
            "Das technische Dashboard für den Betrieb (nur für die Administration) ist Software eines Dritten und wird nicht geprüft.",
        ],
        CheckedHeading = "Wie wir prüfen",
        Checked = "Bei jeder Änderung am Programm öffnet ein automatischer Test jede Seite in jeder Sprache in einem echten Browser (Chromium), 360 und 1280 Pixel breit, und prüft sie mit axe-core gegen alle Regeln der WCAG 2.0, 2.1 und 2.2 der Stufen A und AA. Der Sprunglink zum Inhalt, die Bedienung der Formulare mit der Tastatur und die Ansagen der Live-Aktualisierung für Screenreader werden ebenfalls im Browser getestet.",
        Limits = "Automatische Prüfungen finden nur einen Teil der möglichen Barrieren. Sie können zum Beispiel nicht beurteilen, ob Texte, Beschriftungen und Textalternativen verständlich sind, ob die Reihenfolge beim Vorlesen sinnvoll ist, ob sich jede Aufgabe allein mit der Tastatur oder mit einem Screenreader gut erledigen lässt und ob die Seiten bei starker Vergrößerung gut lesbar bleiben. Eine Prüfung durch Fachleute oder mit Menschen mit Behinderungen ersetzen sie nicht.",
        SelfAssessment = "Diese Erklärung beruht auf einer Selbstbewertung.",
        Prepared = "Stand dieser Erklärung: {0}.",
        ReportHeading = "Barriere melden",
        ReportIntro = "Ist Ihnen auf diesen Seiten eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie uns. Alle Felder außer der E-Mail-Adresse sind nötig.",
        ByMail = "Sie erreichen uns auch per E-Mail:",
        PageField = "Seite (Adresse oder Name)",
        WhatField = "Was ist passiert?",
        WhatHelp = "Beschreiben Sie, was Sie tun wollten und was nicht ging, und womit Sie die Seite nutzen (zum Beispiel Screenreader, Vergrößerung, Tastatur).",
        EmailField = "Ihre E-Mail-Adresse, wenn Sie eine Antwort möchten (freiwillig)",
        Privacy = "Ihre Meldung wird gespeichert und nur von der Administration dieses Dienstes gelesen. Ihre E-Mail-Adresse verwenden wir nur, um Ihnen zu antworten.",
        Send = "Meldung senden",
        Thanks = "Danke! Ihre Meldung ist angekommen.",
        EnforcementHeading = "Durchsetzungsverfahren",
        Enforcement = "Wenn Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an eine Schlichtungsstelle wenden. Das Verfahren ist kostenlos; Sie brauchen dafür keinen Rechtsbeistand.",
        EnforcementGermany = "In Deutschland: Betreibt eine öffentliche Stelle des Bundes diesen Dienst, gelten das Behindertengleichstellungsgesetz (BGG) und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), und zuständig ist die Schlichtungsstelle nach § 16 BGG bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen, Mauerstraße 53, 10117 Berlin. Für Städte, Gemeinden und andere Stellen eines Landes gelten das Gesetz dieses Landes und die Schlichtungs- oder Beschwerdestelle, die es vorsieht.",
        EnforcementElsewhere = "Außerhalb Deutschlands ist die Stelle zuständig, die das Recht Ihres Landes dafür vorsieht; in der Europäischen Union benennt jeder Mitgliedstaat eine solche Stelle für die Websites öffentlicher Stellen (Richtlinie (EU) 2016/2102).",
        Reports = "Gemeldete Barrieren",
        NoReports = "Noch keine Meldungen.",
        Received = "Eingegangen",
        ReportPage = "Seite",
        ReportWhat = "Was ist passiert",
        ReplyTo = "Antwort an",
        MailedOn = "weitergeleitet am {0}",
        NotMailed = "nicht per E-Mail weitergeleitet",
        MailSubject = "Barriere gemeldet: {0}",
        MailBody = "Auf den Seiten der Fairtrade-Stadt wurde eine Barriere gemeldet.\n\nSeite: {0}\n\nWas ist passiert:\n{1}\n\nAntwort an: {2}\nEingegangen: {3}\n",
        NoReplyAddress = "keine Adresse angegeben",
        CriterionNews = "{0}: jetzt {1}",
        CounterNews = "{0}, {1}: jetzt {2} von {3}",
    };

    public static readonly AccessibilityTexts English = new()
    {
        Language = "en",
        FooterLink = "Accessibility",
        Title = "Accessibility statement",
        Scope = "This statement covers every page of this service: the public pages of the Fairtrade Towns, the working pages for coordinators, steering groups, the campaign office and the administration, and the upload pages of the shops, cafés and organisations taking part.",
        StatusHeading = "How accessible these pages are",
        Status = "These pages aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. They partially conform: the automated check finds no violation on any page, but not everything can be checked automatically, and the content listed below is not accessible.",
        NotAccessibleHeading = "Content that is not accessible",
        NotAccessible =
        [
            "Evidence uploaded by participants (photos, scanned declarations, PDF files) comes from third parties and is not checked; its only text alternative is its file name.",
            "The renewal workbooks (.xlsx) and evidence bundles (.zip) are not checked for accessibility.",
            "The history of the last 90 days on a town's page is a chart; what it shows is summed up in text below it, but the values of single days are not.",
            "The technical dashboard for running the service (for the administration only) is third-party software and is not checked.",
        ],
        CheckedHeading = "How we check",
        Checked = "With every change to the software, an automated test opens every page in every language in a real browser (Chromium), 360 and 1280 pixels wide, and checks it with axe-core against all WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. The skip link, using the forms with a keyboard and what screen readers announce when a page updates itself are tested in the browser as well.",
        Limits = "Automated checks find only some of the barriers there can be. They cannot judge, for example, whether texts, labels and text alternatives are clear, whether the reading order makes sense, whether every task can be done well with a keyboard alone or with a screen reader, and whether the pages stay readable when strongly enlarged. They do not replace a review by experts or with people with disabilities.",
        SelfAssessment = "This statement is based on a self-assessment.",
        Prepared = "This statement was prepared on {0}.",
        ReportHeading = "Report a barrier",
        ReportIntro = "Have you come across a barrier on these pages, or do you need some content in another form? Please tell us. Every field but the e-mail address is needed.",
        ByMail = "You can also reach us by e-mail:",
        PageField = "Page (address or name)",
        WhatField = "What happened?",
        WhatHelp = "Describe what you wanted to do, what did not work, and how you use the page (for example a screen reader, magnification, a keyboard).",
        EmailField = "Your e-mail address, if you would like an answer (optional)",
        Privacy = "Your report is stored and read only by the administration of this service. We use your e-mail address only to answer you.",
        Send = "Send report",
        Thanks = "Thank you, your report has arrived.",
        EnforcementHeading = "Enforcement procedure",
        Enforcement = "If you get no answer to your report, or no answer that satisfies you, you can turn to a conciliation body. The procedure is free of charge, and you need no lawyer for it.",
        EnforcementGermany = "In Germany: where a federal public body runs this service, the Disability Equality Act (BGG) and the Accessible Information Technology Ordinance (BITV 2.0) apply, and the conciliation body under section 16 BGG is responsible: Schlichtungsstelle nach dem Behindertengleichstellungsgesetz at the Federal Government Commissioner for Matters relating to Persons with Disabilities, Mauerstraße 53, 10117 Berlin. For towns, municipalities and other bodies of a federal state, that state's law applies, with the conciliation or complaints body it provides for.",
        EnforcementElsewhere = "Outside Germany, the body that your country's law provides for is responsible; in the European Union every member state names such a body for the websites of public sector bodies (Directive (EU) 2016/2102).",
        Reports = "Reported barriers",
        NoReports = "No reports yet.",
        Received = "Received",
        ReportPage = "Page",
        ReportWhat = "What happened",
        ReplyTo = "Answer to",
        MailedOn = "mailed on {0}",
        NotMailed = "not mailed",
        MailSubject = "Barrier reported: {0}",
        MailBody = "A barrier was reported on the Fairtrade Town pages.\n\nPage: {0}\n\nWhat happened:\n{1}\n\nAnswer to: {2}\nReceived: {3}\n",
        NoReplyAddress = "no address given",
        CriterionNews = "{0}: now {1}",
        CounterNews = "{0}, {1}: now {2} of {3}",
    };
}
