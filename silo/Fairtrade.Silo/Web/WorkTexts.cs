namespace Fairtrade.Silo.Web;

/// <summary>What the working pages say (sign-in, account, a participant's upload page), in German and in English.</summary>
public sealed record WorkTexts
{
    public required string Language { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
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
    public required string Revoke { get; init; }
    public required string Revoked { get; init; }
    public required string Never { get; init; }
    public required string Created { get; init; }
    public required string LastUsed { get; init; }
    public required string Towns { get; init; }
    public required string Role { get; init; }
    public required IReadOnlyDictionary<string, string> Roles { get; init; }
    public required string NoTowns { get; init; }
    public required string YourTowns { get; init; }
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
    public required string Products { get; init; }
    public required string ProductsHelp { get; init; }
    public required string ListPublicly { get; init; }
    public required string AddParticipant { get; init; }
    public required string Add { get; init; }
    public required string Waiting { get; init; }
    public required string NoParticipants { get; init; }
    public required string CreateTown { get; init; }
    public required string Slug { get; init; }
    public required string Population { get; init; }
    public required string Ruleset { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public static WorkTexts For(string language) => language == "de" ? German : English;

    public static readonly WorkTexts German = new()
    {
        Language = "de",
        SignIn = "Anmelden",
        SignOut = "Abmelden",
        UserName = "Benutzername",
        Password = "Passwort",
        WrongCredentials = "Benutzername oder Passwort stimmen nicht.",
        LockedOut = until => $"Zu viele Fehlversuche: das Konto ist bis {until:HH:mm} Uhr (UTC) gesperrt.",
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
        Revoke = "Widerrufen",
        Revoked = "widerrufen",
        Never = "nie",
        Created = "Erstellt",
        LastUsed = "Zuletzt benutzt",
        Towns = "Städte",
        Role = "Rolle",
        Roles = new Dictionary<string, string> { ["admin"] = "Administration", ["coordinator"] = "Koordination", ["steering-group"] = "Steuerungsgruppe" },
        NoTowns = "keine",
        YourTowns = "Ihre Städte",
        PublicPage = "öffentliche Seite",
        Participants = "Teilnehmende",
        Kind = "Art",
        AllKinds = "alle Arten",
        Qualification = "Zählt",
        Qualifies = "zählt",
        DoesNotQualify = "zählt nicht",
        Filter = "Filtern",
        Name = "Name",
        Address = "Adresse",
        Products = "Faire Produkte",
        ProductsHelp = "durch Komma oder Zeilenumbruch getrennt, z. B. Kaffee, Tee",
        ListPublicly = "Öffentlich nennen (\"Hier gibt es fairen Handel\")",
        AddParticipant = "Teilnehmende hinzufügen",
        Add = "Hinzufügen",
        Waiting = "Nachweise warten auf Prüfung",
        NoParticipants = "Keine Teilnehmenden für diese Auswahl.",
        CreateTown = "Stadt anlegen",
        Slug = "Kürzel (a-z, 0-9, -)",
        Population = "Einwohnerzahl",
        Ruleset = "Regelwerk",
        Kinds = new Dictionary<string, string>
        {
            ["retail"] = "Geschäft", ["catering"] = "Gastronomie", ["school"] = "Schule", ["club"] = "Verein",
            ["faith"] = "Glaubensgemeinschaft", ["workplace"] = "Arbeitsplatz", ["other"] = "Sonstige",
        },
    };

    public static readonly WorkTexts English = new()
    {
        Language = "en",
        SignIn = "Sign in",
        SignOut = "Sign out",
        UserName = "User name",
        Password = "Password",
        WrongCredentials = "The user name or password is not right.",
        LockedOut = until => $"Too many failed attempts: the account is locked until {until:HH:mm} (UTC).",
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
        Revoke = "Revoke",
        Revoked = "revoked",
        Never = "never",
        Created = "Created",
        LastUsed = "Last used",
        Towns = "Towns",
        Role = "Role",
        Roles = new Dictionary<string, string> { ["admin"] = "Admin", ["coordinator"] = "Coordinator", ["steering-group"] = "Steering group" },
        NoTowns = "none",
        YourTowns = "Your towns",
        PublicPage = "public page",
        Participants = "Participants",
        Kind = "Kind",
        AllKinds = "all kinds",
        Qualification = "Counts",
        Qualifies = "counts",
        DoesNotQualify = "does not count",
        Filter = "Filter",
        Name = "Name",
        Address = "Address",
        Products = "Fairtrade products",
        ProductsHelp = "separated by commas or lines, e.g. coffee, tea",
        ListPublicly = "List publicly (\"where to buy Fairtrade\")",
        AddParticipant = "Add a participant",
        Add = "Add",
        Waiting = "evidence waiting for review",
        NoParticipants = "No participants for this choice.",
        CreateTown = "Create a town",
        Slug = "Short name (a-z, 0-9, -)",
        Population = "Population",
        Ruleset = "Ruleset",
        Kinds = new Dictionary<string, string>
        {
            ["retail"] = "Shop", ["catering"] = "Catering", ["school"] = "School", ["club"] = "Club",
            ["faith"] = "Faith community", ["workplace"] = "Workplace", ["other"] = "Other",
        },
    };
}
