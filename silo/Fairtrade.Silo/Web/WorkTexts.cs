using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>What the working pages say (sign-in, account, a participant's upload page), in German and in English.</summary>
public sealed record WorkTexts
{
    public required string Language { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }

    /// <summary>The first link of every page, for keyboard and screen-reader users to pass the navigation.</summary>
    public required string SkipToContent { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string WrongCredentials { get; init; }
    public required Func<DateTimeOffset, string> LockedOut { get; init; }
    public required string Denied { get; init; }
    public required string DeniedDetail { get; init; }
    public required string Account { get; init; }
    public required string ChangePassword { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string Tokens { get; init; }
    public required string TokensHelp { get; init; }
    public required string TokenName { get; init; }
    public required string ExpiresOn { get; init; }
    public required string CreateToken { get; init; }
    public required string NewTokenShownOnce { get; init; }
    public required string Copy { get; init; }
    public required string Copied { get; init; }
    public required string Revoke { get; init; }
    public required string Revoked { get; init; }
    public required string Never { get; init; }
    public required string Created { get; init; }
    public required string LastUsed { get; init; }
    public required string Towns { get; init; }
    public required string Role { get; init; }
    public required IReadOnlyDictionary<string, string> Roles { get; init; }
    public required string NoTowns { get; init; }
    public required string OpeningLink { get; init; }
    public required string BrokenLink { get; init; }
    public required string SignedInElsewhere { get; init; }
    public required string NotFound { get; init; }
    public required string NetworkError { get; init; }
    public required string SignedOutError { get; init; }
    public required string NotFoundDetail { get; init; }
    public required string Refused { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string TooManyAttemptsDetail { get; init; }
    public required string ToStart { get; init; }
    public required string Counts { get; init; }
    public required string DoesNotCountYet { get; init; }
    public required string StillNeeded { get; init; }
    public required Func<ParticipantGap, string> Gap { get; init; }
    public required string SendProof { get; init; }
    public required string SendProofHelp { get; init; }
    public required string EvidenceKind { get; init; }
    public required IReadOnlyDictionary<string, string> EvidenceKinds { get; init; }
    public required string EffectiveDate { get; init; }
    public required string ChooseFile { get; init; }
    public required string TakePhoto { get; init; }
    public required string Note { get; init; }
    public required string Send { get; init; }
    public required string NeedsFile { get; init; }
    public required string FileTooLarge { get; init; }
    public required string WrongFileType { get; init; }
    public required string YourEvidence { get; init; }
    public required string NoEvidence { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required string ValidUntil { get; init; }
    public required string ReviewerSays { get; init; }
    public required string SendNewVersion { get; init; }

    public static WorkTexts For(string language) => language == "de" ? German : English;

    public static readonly WorkTexts German = new()
    {
        Language = "de",
        SignIn = "Anmelden",
        SignOut = "Abmelden",
        SkipToContent = "Zum Inhalt springen",
        UserName = "Benutzername",
        Password = "Passwort",
        WrongCredentials = "Benutzername oder Passwort stimmen nicht.",
        LockedOut = until => $"Zu viele Fehlversuche: das Konto ist bis {until:HH:mm} Uhr gesperrt.",
        Denied = "Kein Zugriff",
        DeniedDetail = "Ihr Konto darf diese Seite nicht sehen.",
        Account = "Ihr Konto",
        ChangePassword = "Passwort ändern",
        CurrentPassword = "Bisheriges Passwort",
        NewPassword = "Neues Passwort (10 bis 200 Zeichen)",
        Save = "Speichern",
        Saved = "Gespeichert.",
        Tokens = "API-Schlüssel",
        TokensHelp = "Für Skripte und das Kommandozeilenprogramm: als Authorization: Bearer senden.",
        TokenName = "Wofür",
        ExpiresOn = "Gültig bis (optional)",
        CreateToken = "Schlüssel erzeugen",
        NewTokenShownOnce = "Ihr neuer Schlüssel, nur dieses eine Mal angezeigt:",
        Copy = "Kopieren",
        Copied = "Kopiert",
        Revoke = "Widerrufen",
        Revoked = "widerrufen",
        Never = "nie",
        Created = "Erstellt",
        LastUsed = "Zuletzt benutzt",
        Towns = "Städte",
        Role = "Rolle",
        Roles = new Dictionary<string, string> { ["admin"] = "Administration", ["coordinator"] = "Koordination", ["steering-group"] = "Steuerungsgruppe" },
        NoTowns = "keine",
        OpeningLink = "Ihr Link wird geöffnet …",
        BrokenLink = "Dieser Link funktioniert nicht (mehr). Bitte fragen Sie Ihre Koordination nach einem neuen.",
        NotFound = "Nicht gefunden",
        NetworkError = "Keine Verbindung zum Server. Bitte versuchen Sie es noch einmal.",
        SignedOutError = "Sie sind nicht mehr angemeldet. Bitte laden Sie die Seite neu und melden Sie sich an.",
        NotFoundDetail = "Diese Seite gibt es nicht (mehr). Vielleicht ist der Link veraltet oder vertippt.",
        Refused = "Das hat nicht geklappt. Bitte laden Sie die vorige Seite neu und versuchen Sie es noch einmal.",
        TooManyAttempts = "Zu viele Versuche",
        TooManyAttemptsDetail = "Von Ihrem Anschluss kamen in der letzten Minute zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
        ToStart = "Zur Startseite",
        SignedInElsewhere = "Sie sind mit einem Konto angemeldet. Melden Sie sich ab oder öffnen Sie den Link in einem privaten Fenster.",
        Counts = "Sie zählen für die Fairtrade-Stadt. Danke!",
        DoesNotCountYet = "Sie zählen noch nicht für die Fairtrade-Stadt.",
        StillNeeded = "Es fehlt noch",
        Gap = gap => gap.Kind switch
        {
            ParticipantGapKind.Archived => "Der Eintrag ist archiviert.",
            ParticipantGapKind.KindDoesNotCount => "Diese Art von Teilnehmenden zählt für kein Kriterium.",
            ParticipantGapKind.TooFewProducts => $"Mindestens {gap.Need} faire {(gap.ByCategory ? "Produktgruppen" : "Produkte")} (bisher {gap.Have}).",
            ParticipantGapKind.NoValidEvidence => "Ein geprüfter, gültiger Nachweis: ein Foto des Regals, die Speisekarte oder eine unterschriebene Erklärung.",
            _ => $"Eine faire Aktion in den letzten {gap.Need} Monaten.",
        },
        SendProof = "Nachweis senden",
        SendProofHelp = "Ein Foto (JPEG, PNG, WebP) oder ein PDF. Die Koordination prüft es und Sie sehen hier das Ergebnis.",
        EvidenceKind = "Was ist es?",
        EvidenceKinds = new Dictionary<string, string>
        {
            ["photo"] = "Foto", ["declaration"] = "Unterschriebene Erklärung", ["menu"] = "Speisekarte", ["receipt"] = "Lieferschein oder Rechnung", ["other"] = "Sonstiges",
        },
        EffectiveDate = "Vom (Datum)",
        ChooseFile = "Datei auswählen",
        TakePhoto = "Oder: Foto aufnehmen",
        Note = "Bemerkung (optional)",
        Send = "Senden",
        NeedsFile = "Bitte zuerst eine Datei wählen oder ein Foto aufnehmen.",
        FileTooLarge = "Die Datei ist zu groß.",
        WrongFileType = "Bitte ein Foto (JPEG, PNG, WebP) oder ein PDF senden; diese Datei ist keins davon.",
        YourEvidence = "Ihre Nachweise",
        NoEvidence = "Noch keine Nachweise.",
        Statuses = new Dictionary<string, string>
        {
            ["submitted"] = "wartet auf Prüfung", ["approved"] = "angenommen", ["rejected"] = "abgelehnt",
            ["changes-requested"] = "bitte neu senden", ["expired"] = "abgelaufen",
        },
        ValidUntil = "gültig bis",
        ReviewerSays = "Die Koordination schreibt",
        SendNewVersion = "Neue Fassung senden",
    };

    public static readonly WorkTexts English = new()
    {
        Language = "en",
        SignIn = "Sign in",
        SignOut = "Sign out",
        SkipToContent = "Skip to the content",
        UserName = "User name",
        Password = "Password",
        WrongCredentials = "The user name or password is not right.",
        LockedOut = until => $"Too many failed attempts: the account is locked until {until:HH:mm}.",
        Denied = "Access denied",
        DeniedDetail = "Your account may not see this page.",
        Account = "Your account",
        ChangePassword = "Change password",
        CurrentPassword = "Current password",
        NewPassword = "New password (10 to 200 characters)",
        Save = "Save",
        Saved = "Saved.",
        Tokens = "API tokens",
        TokensHelp = "For scripts and the command-line client: send as Authorization: Bearer.",
        TokenName = "What for",
        ExpiresOn = "Valid until (optional)",
        CreateToken = "Create token",
        NewTokenShownOnce = "Your new token, shown this once:",
        Copy = "Copy",
        Copied = "Copied",
        Revoke = "Revoke",
        Revoked = "revoked",
        Never = "never",
        Created = "Created",
        LastUsed = "Last used",
        Towns = "Towns",
        Role = "Role",
        Roles = new Dictionary<string, string> { ["admin"] = "Admin", ["coordinator"] = "Coordinator", ["steering-group"] = "Steering group" },
        NoTowns = "none",
        OpeningLink = "Opening your link …",
        BrokenLink = "This link does not work (any more). Please ask your coordinator for a new one.",
        NotFound = "Not found",
        NetworkError = "No connection to the server. Please try again.",
        SignedOutError = "You are no longer signed in. Please reload the page and sign in.",
        NotFoundDetail = "There is no such page (any more). Perhaps the link is old or mistyped.",
        Refused = "That did not work. Please reload the previous page and try again.",
        TooManyAttempts = "Too many attempts",
        TooManyAttemptsDetail = "Too many sign-in attempts came from your connection in the last minute. Please wait a minute, then try again.",
        ToStart = "To the start page",
        SignedInElsewhere = "You are signed in with an account. Sign out, or open the link in a private window.",
        Counts = "You count towards the Fairtrade Town. Thank you!",
        DoesNotCountYet = "You do not count towards the Fairtrade Town yet.",
        StillNeeded = "Still needed",
        Gap = gap => gap.Kind switch
        {
            ParticipantGapKind.Archived => "The entry is archived.",
            ParticipantGapKind.KindDoesNotCount => "This kind of participant does not count towards any criterion.",
            ParticipantGapKind.TooFewProducts => $"At least {gap.Need} Fairtrade {(gap.ByCategory ? "product categories" : "products")} (so far {gap.Have}).",
            ParticipantGapKind.NoValidEvidence => "Approved, valid proof: a photo of the shelf, the menu or a signed declaration.",
            _ => $"A Fairtrade activity in the last {gap.Need} months.",
        },
        SendProof = "Send proof",
        SendProofHelp = "A photo (JPEG, PNG, WebP) or a PDF. The coordinator reviews it and you see the result here.",
        EvidenceKind = "What is it?",
        EvidenceKinds = new Dictionary<string, string>
        {
            ["photo"] = "Photo", ["declaration"] = "Signed declaration", ["menu"] = "Menu", ["receipt"] = "Delivery note or invoice", ["other"] = "Other",
        },
        EffectiveDate = "Dated",
        ChooseFile = "Choose a file",
        TakePhoto = "Or: take a photo",
        Note = "Note (optional)",
        Send = "Send",
        NeedsFile = "Please choose a file or take a photo first.",
        FileTooLarge = "The file is too large.",
        WrongFileType = "Please send a photo (JPEG, PNG, WebP) or a PDF; this file is neither.",
        YourEvidence = "Your proof",
        NoEvidence = "No proof yet.",
        Statuses = new Dictionary<string, string>
        {
            ["submitted"] = "waiting for review", ["approved"] = "approved", ["rejected"] = "rejected",
            ["changes-requested"] = "please send again", ["expired"] = "expired",
        },
        ValidUntil = "valid until",
        ReviewerSays = "The coordinator says",
        SendNewVersion = "Send a new version",
    };
}
