using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>What the working pages say (sign-in, account, a participant's upload page, every page's chrome), WorkTexts.*.resx.</summary>
public sealed class WorkTexts : TextCatalog<WorkTexts>
{
    public string SignIn => Get();
    public string SignOut => Get();

    /// <summary>The first link of every page, for keyboard and screen-reader users to pass the navigation.</summary>
    public string SkipToContent => Get();
    public string UserName => Get();
    public string Password => Get();
    public string WrongCredentials => Get();
    public string Denied => Get();
    public string DeniedDetail => Get();
    public string Account => Get();
    public string ChangePassword => Get();
    public string CurrentPassword => Get();
    public string NewPassword => Get();
    public string Save => Get();
    public string Saved => Get();
    public string Tokens => Get();
    public string TokensHelp => Get();
    public string TokenName => Get();
    public string ExpiresOn => Get();
    public string CreateToken => Get();
    public string NewTokenShownOnce => Get();
    public string Copy => Get();
    public string Copied => Get();
    public string Revoke => Get();
    public string Revoked => Get();
    public string Never => Get();
    public string Created => Get();
    public string LastUsed => Get();
    public string Towns => Get();
    public string Role => Get();
    public string NoTowns => Get();
    public string OpeningLink => Get();
    public string BrokenLink => Get();
    public string SignedInElsewhere => Get();
    public string NotFound => Get();
    public string NetworkError => Get();
    public string SignedOutError => Get();
    public string NotFoundDetail => Get();
    public string Refused => Get();
    public string TooManyAttempts => Get();
    public string TooManyAttemptsDetail => Get();
    public string ToStart => Get();
    public string Counts => Get();
    public string DoesNotCountYet => Get();

    /// <summary>The lead of what a participant still lacks, its colon included (French sets it apart).</summary>
    public string StillNeeded => Get();
    public string SendProof => Get();
    public string SendProofHelp => Get();
    public string EvidenceKind => Get();
    public string EffectiveDate => Get();
    public string ChooseFile => Get();
    public string TakePhoto => Get();
    public string Note => Get();
    public string Send => Get();
    public string NeedsFile => Get();
    public string FileTooLarge => Get();
    public string WrongFileType => Get();
    public string YourEvidence => Get();
    public string NoEvidence => Get();
    public string ValidUntil => Get();

    /// <summary>The lead of the coordinator's comment, its colon included.</summary>
    public string ReviewerSays => Get();
    public string SendNewVersion => Get();

    public IReadOnlyDictionary<string, string> Roles => Group(["admin", "coordinator", "steering-group"]);
    public IReadOnlyDictionary<string, string> EvidenceKinds => Group(["photo", "declaration", "menu", "receipt", "other"]);
    public IReadOnlyDictionary<string, string> Statuses => Group(["submitted", "approved", "rejected", "changes-requested", "expired"]);

    /// <summary>When a locked account opens again, as a time on the campaign's clock.</summary>
    public string LockedOut(DateTimeOffset until) => Format(nameof(LockedOut), until);

    /// <summary>What a participant still lacks to count, in a sentence.</summary>
    public string Gap(ParticipantGap gap) => gap.Kind switch
    {
        ParticipantGapKind.Archived => Get("Gap.Archived"),
        ParticipantGapKind.KindDoesNotCount => Get("Gap.KindDoesNotCount"),
        ParticipantGapKind.TooFewProducts => Format(gap.ByCategory ? "Gap.TooFewCategories" : "Gap.TooFewProducts", gap.Need, gap.Have),
        ParticipantGapKind.NoValidEvidence => Get("Gap.NoValidEvidence"),
        _ => Format("Gap.NoRecentActivity", gap.Need),
    };
}
