namespace Fairtrade.Silo.Web;

/// <summary>What the coordinator's pages say, in German and in English; users' own text is never in here.</summary>
public sealed record ManageTexts
{
    public required string Language { get; init; }
    public required string YourTowns { get; init; }
    public required string NoTowns { get; init; }
    public required string PublicPage { get; init; }
    public required string Participants { get; init; }
    public required string Kind { get; init; }
    public required string AllKinds { get; init; }
    public required string Qualification { get; init; }
    public required string Qualifies { get; init; }
    public required string DoesNotQualify { get; init; }
    public required string Filter { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public required string Chain { get; init; }
    public required string Products { get; init; }
    public required string ProductsHelp { get; init; }
    public required string ListPublicly { get; init; }
    public required string ContactPerson { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string AddParticipant { get; init; }
    public required string Add { get; init; }
    public required string Save { get; init; }
    public required string Waiting { get; init; }
    public required string NoParticipants { get; init; }
    public required string CreateTown { get; init; }
    public required string Slug { get; init; }
    public required string Population { get; init; }
    public required string Ruleset { get; init; }
    public required string Review { get; init; }
    public required string TownCriteria { get; init; }
    public required string Audit { get; init; }
    public required string Notifications { get; init; }
    public required string Accounts { get; init; }
    public required string Details { get; init; }
    public required string Archive { get; init; }
    public required string ArchiveConfirm { get; init; }
    public required string DeleteEvidence { get; init; }
    public required string DeleteEvidenceConfirm { get; init; }
    public required string Archived { get; init; }
    public required string Activities { get; init; }
    public required string ActivityTitle { get; init; }
    public required string Date { get; init; }
    public required string AddActivity { get; init; }
    public required string UploadLinks { get; init; }
    public required string UploadLinksHelp { get; init; }
    public required string CreateLink { get; init; }
    public required string LinkExpiresOn { get; init; }
    public required string NewLinkShownOnce { get; init; }
    public required string Copy { get; init; }
    public required string Revoke { get; init; }
    public required string Revoked { get; init; }
    public required string Created { get; init; }
    public required string LastUsed { get; init; }
    public required string Never { get; init; }
    public required string NoLinks { get; init; }
    public required string CalendarLinks { get; init; }
    public required string CalendarLinksHelp { get; init; }
    public required string CreateCalendarLink { get; init; }
    public required string ShopView { get; init; }
    public required string Evidence { get; init; }
    public required string NoEvidence { get; init; }
    public required string SendEvidence { get; init; }
    public required string EvidenceKind { get; init; }
    public required string EffectiveDate { get; init; }
    public required string File { get; init; }
    public required string Note { get; init; }
    public required string Approve { get; init; }
    public required string RequestChanges { get; init; }
    public required string Reject { get; init; }
    public required string Comment { get; init; }
    public required string OpenPdf { get; init; }
    public required string Download { get; init; }
    public required string SubmittedBy { get; init; }
    public required string ValidUntil { get; init; }
    public required string NothingToReview { get; init; }
    public required string Council { get; init; }
    public required string ResolutionAdoptedOn { get; init; }
    public required string ProductsServed { get; init; }
    public required string SteeringGroup { get; init; }
    public required string Organisation { get; init; }
    public required string Sector { get; init; }
    public required string Remove { get; init; }
    public required string Press { get; init; }
    public required string PublishedOn { get; init; }
    public required string Outlet { get; init; }
    public required string Headline { get; init; }
    public required string Link { get; init; }
    public required string Town { get; init; }
    public required string TitleAwardedOn { get; init; }
    public required string LastRenewedOn { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string What { get; init; }
    public required string Subject { get; init; }
    public required string Changes { get; init; }
    public required string NoAudit { get; init; }
    public required string Recipient { get; init; }
    public required string DueOn { get; init; }
    public required string Sent { get; init; }
    public required string Pending { get; init; }
    public required string Failed { get; init; }
    public required string NoNotifications { get; init; }
    public required string CoordinatorEmail { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required string Role { get; init; }
    public required string Towns { get; init; }
    public required string Password { get; init; }
    public required string NewPassword { get; init; }
    public required string Disabled { get; init; }
    public required string DisableAccount { get; init; }
    public required string CreateAccount { get; init; }
    public required string Exports { get; init; }
    public required string RenewalWorkbook { get; init; }
    public required string EvidenceBundle { get; init; }
    public required string ImportHeading { get; init; }
    public required string ImportHelp { get; init; }
    public required string ImportFile { get; init; }
    public required string ImportCheck { get; init; }
    public required string ImportApply { get; init; }
    public required string ImportNeedsFile { get; init; }
    public required string ImportChecked { get; init; }
    public required string ImportApplied { get; init; }
    public required string ImportRefused { get; init; }
    public required string ImportCounts { get; init; }
    public required string[] ImportErrorColumns { get; init; }
    public required string ExpiresColumn { get; init; }
    public required string UserNameColumn { get; init; }
    public required string TownsColumn { get; init; }
    public required string Saved { get; init; }
    public required string FileTooLarge { get; init; }
    public required string WrongFileType { get; init; }
    public required string Copied { get; init; }
    public required string MailOff { get; init; }
    public required string ViaUploadLink { get; init; }
    public required string AdminTokenActor { get; init; }
    public required string Dashboard { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required IReadOnlyDictionary<string, string> EvidenceKinds { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required IReadOnlyDictionary<string, string> Sectors { get; init; }
    public required IReadOnlyDictionary<string, string> Roles { get; init; }

    /// <summary>Who did something, in words: an upload link or the admin token rather than their technical names.</summary>
    public string Actor(string actor) =>
        actor.StartsWith("upload-link:", StringComparison.Ordinal) ? ViaUploadLink
        : actor == Security.AdminToken.Actor ? AdminTokenActor
        : actor;

    public static ManageTexts For(string language) => language == "de" ? German : English;

    public static readonly ManageTexts German = new()
    {
        Language = "de",
        YourTowns = "Ihre Städte",
        NoTowns = "Noch keine Städte.",
        PublicPage = "Öffentliche Seite",
        Participants = "Teilnehmende",
        Kind = "Art",
        AllKinds = "alle Arten",
        Qualification = "Zählt",
        Qualifies = "zählt",
        DoesNotQualify = "zählt nicht",
        Filter = "Filtern",
        Name = "Name",
        Address = "Adresse",
        Chain = "Kette / Filiale",
        Products = "Faire Produkte",
        ProductsHelp = "durch Komma oder Zeilenumbruch getrennt, z. B. Kaffee, Tee",
        ListPublicly = "Öffentlich nennen („Hier gibt es fairen Handel“)",
        ContactPerson = "Ansprechperson",
        Email = "E-Mail",
        Phone = "Telefon",
        AddParticipant = "Teilnehmende hinzufügen",
        Add = "Hinzufügen",
        Save = "Speichern",
        Waiting = "warten auf Prüfung",
        NoParticipants = "Keine Teilnehmenden für diese Auswahl.",
        CreateTown = "Stadt anlegen",
        Slug = "Kürzel (a-z, 0-9, -)",
        Population = "Einwohnerzahl",
        Ruleset = "Regelwerk",
        Review = "Prüfen",
        TownCriteria = "Rat, Steuerungsgruppe, Presse",
        Audit = "Änderungsprotokoll",
        Notifications = "Erinnerungen",
        Accounts = "Konten",
        Details = "Angaben",
        Archive = "Archivieren",
        ArchiveConfirm = "Wirklich archivieren? Der Eintrag zählt dann nicht mehr; seine Geschichte bleibt.",
        DeleteEvidence = "Löschen",
        DeleteEvidenceConfirm = "Diesen Nachweis mit seinen Dateien löschen? Das Protokoll vermerkt es; zurückholen lässt er sich nicht.",
        Archived = "archiviert",
        Activities = "Aktionen",
        ActivityTitle = "Aktion",
        Date = "Datum",
        AddActivity = "Aktion eintragen",
        UploadLinks = "Upload-Links",
        UploadLinksHelp = "Ein Link, mit dem dieser Teilnehmende selbst Nachweise sendet, ohne Konto.",
        CreateLink = "Link erzeugen",
        LinkExpiresOn = "Gültig bis (optional)",
        NewLinkShownOnce = "Der neue Link, nur dieses eine Mal angezeigt:",
        Copy = "Kopieren",
        Revoke = "Widerrufen",
        Revoked = "widerrufen",
        Created = "Erstellt",
        LastUsed = "Zuletzt benutzt",
        Never = "nie",
        NoLinks = "Noch keine Links.",
        CalendarLinks = "Kalender-Abo",
        CalendarLinksHelp = "Ein Link, den Kalender-Apps abonnieren: jeder Tag, an dem ein Nachweis, ein Presseartikel oder eine Aktion zum letzten Mal zählt, und die Erneuerung des Titels. Wer den Link hat, sieht diese Termine; widerrufen Sie ihn, wenn er nicht mehr gebraucht wird.",
        CreateCalendarLink = "Kalender-Link erzeugen",
        ShopView = "So sieht es der Teilnehmende",
        Evidence = "Nachweise",
        NoEvidence = "Keine Nachweise.",
        SendEvidence = "Nachweis hinzufügen",
        EvidenceKind = "Art des Nachweises",
        EffectiveDate = "Datum des Nachweises",
        File = "Datei (optional)",
        Note = "Bemerkung",
        Approve = "Annehmen",
        RequestChanges = "Nachbesserung erbitten",
        Reject = "Ablehnen",
        Comment = "Kommentar (für den Teilnehmenden sichtbar)",
        OpenPdf = "PDF öffnen",
        Download = "Herunterladen",
        SubmittedBy = "eingereicht von",
        ValidUntil = "gültig bis",
        NothingToReview = "Nichts zu prüfen.",
        Council = "Ratsbeschluss",
        ResolutionAdoptedOn = "Beschlossen am",
        ProductsServed = "Faire Produkte in Sitzungen und Verwaltung",
        SteeringGroup = "Steuerungsgruppe",
        Organisation = "Organisation",
        Sector = "Bereich",
        Remove = "Entfernen",
        Press = "Presse",
        PublishedOn = "Erschienen am",
        Outlet = "Medium",
        Headline = "Überschrift",
        Link = "Link (optional)",
        Town = "Stadt",
        TitleAwardedOn = "Titel verliehen am",
        LastRenewedOn = "Zuletzt erneuert am",
        When = "Wann",
        Who = "Wer",
        What = "Was",
        Subject = "Betrifft",
        Changes = "Änderungen",
        NoAudit = "Noch keine Änderungen.",
        Recipient = "An",
        DueOn = "Fällig am",
        Sent = "gesendet",
        Pending = "ausstehend",
        Failed = "fehlgeschlagen",
        NoNotifications = "Noch keine Erinnerungen.",
        CoordinatorEmail = "E-Mail-Adresse der Koordination für Erinnerungen",
        UserName = "Benutzername (a-z, 0-9, -)",
        DisplayName = "Name",
        Role = "Rolle",
        Towns = "Städte (Kürzel, durch Komma getrennt)",
        Password = "Passwort (10 bis 200 Zeichen)",
        NewPassword = "Neues Passwort (leer lassen: unverändert)",
        Disabled = "gesperrt",
        DisableAccount = "Konto sperren",
        CreateAccount = "Konto anlegen",
        Exports = "Exporte",
        RenewalWorkbook = "Erneuerungsantrag (Excel)",
        EvidenceBundle = "Alle gültigen Nachweise (ZIP)",
        ImportHeading = "Liste importieren",
        ImportHelp = "Der Erneuerungsantrag (nach Änderungen in Excel) oder eine eigene Liste mit Spalten wie Name, Adresse, Art, Produkte. Ein Import legt an und ändert, löscht aber nichts; leere Zellen lassen Angaben unverändert. Bei einem Fehler wird nichts übernommen.",
        ImportFile = "Excel-Datei (.xlsx)",
        ImportCheck = "Nur prüfen",
        ImportApply = "Importieren",
        ImportNeedsFile = "Bitte zuerst eine Excel-Datei wählen.",
        ImportChecked = "Geprüft, noch nichts übernommen:",
        ImportApplied = "Importiert:",
        ImportRefused = "Nichts übernommen. Bitte diese Stellen in der Datei korrigieren:",
        ImportCounts = "{0} neu, {1} geändert, {2} unverändert",
        ImportErrorColumns = ["Blatt", "Zeile", "Spalte", "Problem"],
        ExpiresColumn = "Gültig bis",
        UserNameColumn = "Benutzername",
        TownsColumn = "Städte",
        Saved = "Gespeichert.",
        FileTooLarge = "Die Datei ist zu groß.",
        WrongFileType = "Bitte ein Foto (JPEG, PNG, WebP) oder ein PDF senden; diese Datei ist keins davon.",
        Copied = "Kopiert",
        MailOff = "E-Mail-Versand ist nicht eingerichtet (Fairtrade:Smtp:Host): Erinnerungen erscheinen nur hier, niemand bekommt eine E-Mail.",
        ViaUploadLink = "Upload-Link (Teilnehmende)",
        AdminTokenActor = "Admin-Token",
        Dashboard = "Orleans-Dashboard",
        Kinds = new Dictionary<string, string>
        {
            ["retail"] = "Geschäft",
            ["catering"] = "Gastronomie",
            ["school"] = "Schule",
            ["club"] = "Verein",
            ["faith"] = "Glaubensgemeinschaft",
            ["workplace"] = "Arbeitsplatz",
            ["other"] = "Sonstige",
        },
        EvidenceKinds = new Dictionary<string, string>
        {
            ["declaration"] = "Erklärung",
            ["photo"] = "Foto",
            ["receipt"] = "Beleg",
            ["menu"] = "Speisekarte",
            ["resolution"] = "Beschluss",
            ["minutes"] = "Protokoll",
            ["member-list"] = "Mitgliederliste",
            ["article"] = "Artikel",
            ["other"] = "Sonstiges",
        },
        Statuses = new Dictionary<string, string>
        {
            ["submitted"] = "wartet auf Prüfung",
            ["approved"] = "angenommen",
            ["rejected"] = "abgelehnt",
            ["changes-requested"] = "Nachbesserung erbeten",
            ["expired"] = "abgelaufen",
        },
        Sectors = new Dictionary<string, string>
        {
            ["civil-society"] = "Zivilgesellschaft",
            ["politics"] = "Politik",
            ["business"] = "Wirtschaft",
            ["other"] = "Sonstige",
        },
        Roles = new Dictionary<string, string>
        {
            ["admin"] = "Administration",
            ["coordinator"] = "Koordination",
            ["steering-group"] = "Steuerungsgruppe",
            ["campaign"] = "Kampagnenbüro",
        },
    };

    public static readonly ManageTexts English = new()
    {
        Language = "en",
        YourTowns = "Your towns",
        NoTowns = "No towns yet.",
        PublicPage = "Public page",
        Participants = "Participants",
        Kind = "Kind",
        AllKinds = "all kinds",
        Qualification = "Counts",
        Qualifies = "counts",
        DoesNotQualify = "does not count",
        Filter = "Filter",
        Name = "Name",
        Address = "Address",
        Chain = "Chain / branch",
        Products = "Fairtrade products",
        ProductsHelp = "separated by commas or lines, e.g. coffee, tea",
        ListPublicly = "List publicly (“where to buy Fairtrade”)",
        ContactPerson = "Contact person",
        Email = "E-mail",
        Phone = "Phone",
        AddParticipant = "Add a participant",
        Add = "Add",
        Save = "Save",
        Waiting = "waiting for review",
        NoParticipants = "No participants for this choice.",
        CreateTown = "Create a town",
        Slug = "Short name (a-z, 0-9, -)",
        Population = "Population",
        Ruleset = "Ruleset",
        Review = "Review",
        TownCriteria = "Council, steering group, press",
        Audit = "Audit trail",
        Notifications = "Notifications",
        Accounts = "Accounts",
        Details = "Details",
        Archive = "Archive",
        ArchiveConfirm = "Archive it? It no longer counts; its history stays.",
        DeleteEvidence = "Delete",
        DeleteEvidenceConfirm = "Delete this evidence and its files? The audit trail notes it; it cannot be brought back.",
        Archived = "archived",
        Activities = "Activities",
        ActivityTitle = "Activity",
        Date = "Date",
        AddActivity = "Add an activity",
        UploadLinks = "Upload links",
        UploadLinksHelp = "A link through which this participant sends its own proof, without an account.",
        CreateLink = "Create a link",
        LinkExpiresOn = "Valid until (optional)",
        NewLinkShownOnce = "The new link, shown this once:",
        Copy = "Copy",
        Revoke = "Revoke",
        Revoked = "revoked",
        Created = "Created",
        LastUsed = "Last used",
        Never = "never",
        NoLinks = "No links yet.",
        CalendarLinks = "Calendar subscription",
        CalendarLinksHelp = "A link for calendar apps to subscribe to: every last day on which a piece of evidence, a press article or an activity counts, and the title's renewal. Whoever has the link sees these dates; revoke it when it is no longer needed.",
        CreateCalendarLink = "Create a calendar link",
        ShopView = "See it as the participant does",
        Evidence = "Evidence",
        NoEvidence = "No evidence.",
        SendEvidence = "Add evidence",
        EvidenceKind = "Kind of evidence",
        EffectiveDate = "Dated",
        File = "File (optional)",
        Note = "Note",
        Approve = "Approve",
        RequestChanges = "Request changes",
        Reject = "Reject",
        Comment = "Comment (the participant sees it)",
        OpenPdf = "Open the PDF",
        Download = "Download",
        SubmittedBy = "submitted by",
        ValidUntil = "valid until",
        NothingToReview = "Nothing to review.",
        Council = "Council resolution",
        ResolutionAdoptedOn = "Adopted on",
        ProductsServed = "Fairtrade products at meetings and in the administration",
        SteeringGroup = "Steering group",
        Organisation = "Organisation",
        Sector = "Sector",
        Remove = "Remove",
        Press = "Press",
        PublishedOn = "Published on",
        Outlet = "Outlet",
        Headline = "Headline",
        Link = "Link (optional)",
        Town = "Town",
        TitleAwardedOn = "Title awarded on",
        LastRenewedOn = "Last renewed on",
        When = "When",
        Who = "Who",
        What = "What",
        Subject = "Subject",
        Changes = "Changes",
        NoAudit = "No changes yet.",
        Recipient = "To",
        DueOn = "Due on",
        Sent = "sent",
        Pending = "pending",
        Failed = "failed",
        NoNotifications = "No notifications yet.",
        CoordinatorEmail = "Coordinator's e-mail address for reminders",
        UserName = "User name (a-z, 0-9, -)",
        DisplayName = "Name",
        Role = "Role",
        Towns = "Towns (short names, separated by commas)",
        Password = "Password (10 to 200 characters)",
        NewPassword = "New password (leave empty to keep)",
        Disabled = "disabled",
        DisableAccount = "Disable the account",
        CreateAccount = "Create an account",
        Exports = "Exports",
        RenewalWorkbook = "Renewal workbook (Excel)",
        EvidenceBundle = "Every valid piece of evidence (zip)",
        ImportHeading = "Import a list",
        ImportHelp = "The renewal workbook (after changes in Excel) or a list of your own with columns such as Name, Address, Kind, Products. An import adds and changes but removes nothing; empty cells leave details as they are. With any error nothing is taken over.",
        ImportFile = "Excel file (.xlsx)",
        ImportCheck = "Check only",
        ImportApply = "Import",
        ImportNeedsFile = "Choose an Excel file first.",
        ImportChecked = "Checked, nothing taken over yet:",
        ImportApplied = "Imported:",
        ImportRefused = "Nothing was taken over. Please correct these places in the file:",
        ImportCounts = "{0} new, {1} changed, {2} unchanged",
        ImportErrorColumns = ["Sheet", "Row", "Column", "Problem"],
        ExpiresColumn = "Valid until",
        UserNameColumn = "User name",
        TownsColumn = "Towns",
        Saved = "Saved.",
        FileTooLarge = "The file is too large.",
        WrongFileType = "Please send a photo (JPEG, PNG, WebP) or a PDF; this file is neither.",
        Copied = "Copied",
        MailOff = "Sending e-mail is not set up (Fairtrade:Smtp:Host): reminders appear only here; nobody gets an e-mail.",
        ViaUploadLink = "upload link (participant)",
        AdminTokenActor = "admin token",
        Dashboard = "Orleans dashboard",
        Kinds = new Dictionary<string, string>
        {
            ["retail"] = "Shop",
            ["catering"] = "Catering",
            ["school"] = "School",
            ["club"] = "Club",
            ["faith"] = "Faith community",
            ["workplace"] = "Workplace",
            ["other"] = "Other",
        },
        EvidenceKinds = new Dictionary<string, string>
        {
            ["declaration"] = "Declaration",
            ["photo"] = "Photo",
            ["receipt"] = "Receipt",
            ["menu"] = "Menu",
            ["resolution"] = "Resolution",
            ["minutes"] = "Minutes",
            ["member-list"] = "Member list",
            ["article"] = "Article",
            ["other"] = "Other",
        },
        Statuses = new Dictionary<string, string>
        {
            ["submitted"] = "waiting for review",
            ["approved"] = "approved",
            ["rejected"] = "rejected",
            ["changes-requested"] = "changes requested",
            ["expired"] = "expired",
        },
        Sectors = new Dictionary<string, string>
        {
            ["civil-society"] = "Civil society",
            ["politics"] = "Politics",
            ["business"] = "Business",
            ["other"] = "Other",
        },
        Roles = new Dictionary<string, string>
        {
            ["admin"] = "Admin",
            ["coordinator"] = "Coordinator",
            ["steering-group"] = "Steering group",
            ["campaign"] = "Campaign office",
        },
    };
}
