using Fairtrade.Rules.Rulesets;
using System.Globalization;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Why the API refuses a request (ProblemTexts.*.resx): what is not there, not allowed or in the way, a handler's own
/// rule for a field, and each status's title. Ids, field names and codes inside a sentence stay as the API spells them;
/// only the words around them change. What is wrong with a request as sent is in <see cref="ValidationTexts"/>.
/// </summary>
public sealed class ProblemTexts : TextCatalog<ProblemTexts>
{
    public string NoTown(string slug) => Format(nameof(NoTown), slug);
    public string NoParticipant(string id, string slug) => Format(nameof(NoParticipant), id, slug);
    public string NoEvidence(string id, string slug) => Format(nameof(NoEvidence), id, slug);
    public string NoEvidenceOfSubject(string id, string slug) => Format(nameof(NoEvidenceOfSubject), id, slug);
    public string NoFile(string id) => Format(nameof(NoFile), id);
    public string NoFileInRevision(string id, int revision) => Format(nameof(NoFileInRevision), id, revision);
    public string NoRuleset(string id) => Format(nameof(NoRuleset), id);
    public string NoUploadLink(string linkId, string id, string slug) => Format(nameof(NoUploadLink), linkId, id, slug);
    public string NoCalendarHere => Get();
    public string NoCalendarLink(string linkId, string slug) => Format(nameof(NoCalendarLink), linkId, slug);
    public string NoRenewal(string id, string slug) => Format(nameof(NoRenewal), id, slug);
    public string NoSuchRenewal(string slug) => Format(nameof(NoSuchRenewal), slug);
    public string NoSubmission(string id, string slug) => Format(nameof(NoSubmission), id, slug);
    public string NoAccount(string userName) => Format(nameof(NoAccount), userName);
    public string NoToken(string id) => Format(nameof(NoToken), id);
    public string NoMember(string id, string slug) => Format(nameof(NoMember), id, slug);
    public string NoSuchIdentifier(string name, object? value) => Format(nameof(NoSuchIdentifier), name, value);

    public string LinkChangesOwnOnly => Get();
    public string LinkChangesOnly(string allowed, string others) => Format(nameof(LinkChangesOnly), allowed, others);
    public string LinkReadsOwnOnly => Get();
    public string LinkSendsOwnOnly => Get();
    public string LinkOpensOwnFilesOnly => Get();
    public string DeclarationThroughLink => Get();

    public string SignedInAs(string? userName) => Format(nameof(SignedInAs), userName);
    public string TownExists(string slug) => Format(nameof(TownExists), slug);
    public string ParticipantExists(string id, string slug) => Format(nameof(ParticipantExists), id, slug);
    public string AccountExists(string? userName) => Format(nameof(AccountExists), userName);
    public string EvidenceDecided(string id, string status, string reviewer, DateTimeOffset? at) =>
        Format(nameof(EvidenceDecided), id, status, reviewer, at?.ToString("u", CultureInfo.InvariantCulture));
    public string EvidenceStatus(string id, string status) => Format(nameof(EvidenceStatus), id, status);
    public string EvidenceNotWaiting(string id) => Format(nameof(EvidenceNotWaiting), id);
    public string EvidenceNotOpenForRevision(string id) => Format(nameof(EvidenceNotOpenForRevision), id);
    public string EvidenceIdTaken(string id) => Format(nameof(EvidenceIdTaken), id);
    public string EvidenceCounted(string id) => Format(nameof(EvidenceCounted), id);
    public string RenewalNotYetInvited => Get();
    public string EarlierRenewalOpen => Get();
    public string RenewalSubmitted => Get();
    public string RenewalDecided => Get();

    public string Unpublished(string ruleset, int population, IEnumerable<string> missing) =>
        Format(nameof(Unpublished), ruleset, population, string.Join("; ", missing));
    public string UploadQuota(int files, long mebibytes, string wait) => Format(nameof(UploadQuota), files, mebibytes, wait);
    public string AMinute => Get();
    public string Minutes(int count) => Format(nameof(Minutes), count);
    public string Hours(int count) => Format(nameof(Hours), count);

    public string UnknownRuleset(string? ruleset, IEnumerable<string> known) => Format(nameof(UnknownRuleset), ruleset, string.Join(", ", known));
    public string MalformedWithout(string value) => Format(nameof(MalformedWithout), value);
    public string UnknownWithout(IEnumerable<string> ids) => Format(nameof(UnknownWithout), string.Join(", ", ids.Select(id => $"'{id}'")));
    public string LanguageOneOf() => Format(nameof(LanguageOneOf), string.Join(", ", CampaignLanguages.Supported.Select(code => $"'{code}'")));
    public string InvitedTooLate => Get();
    public string DecidedTooLate => Get();
    public string DecidedBeforeInvitation => Get();
    public string ArchivedTooLate => Get();
    public string ActivityTooLate => Get();
    public string ArticleTooLate => Get();
    public string EvidenceTooLate(DateOnly latest) => Format(nameof(EvidenceTooLate), Day(latest));
    public string RevisionNeedsFile => Get();
    public string UnknownSubject(string subject, string slug) => Format(nameof(UnknownSubject), subject, slug);
    public string ExpiresInPast(DateOnly today) => Format(nameof(ExpiresInPast), Day(today));
    public string ExpiresTooLate(DateOnly lastDay) => Format(nameof(ExpiresTooLate), Day(lastDay));
    public string TooManyWrongPasswords(DateTimeOffset until) => Format(nameof(TooManyWrongPasswords), until.ToString("HH:mm", CultureInfo.InvariantCulture));
    public string WrongCurrentPassword => Get();
    public string SortNotOneOf(string value, IEnumerable<string> keys) => Format(nameof(SortNotOneOf), value, string.Join(", ", keys));
    public string SearchTooLong(int max) => Format(nameof(SearchTooLong), max);

    /// <summary>Each status's title, by its code (<c>400</c>), and <c>other</c> for the rest.</summary>
    public IReadOnlyDictionary<string, string> Titles => Group();
    public string SeeErrors => Get();
    public string NeedsToken => Get();
    public string NotAllowed => Get();
    public string NothingHere => Get();
    public string WrongMethod => Get();
    public string BodyTooLarge(long? bytes) => Format(nameof(BodyTooLarge), bytes);
    public string JsonOnly => Get();
    public string TryLater => Get();
    public string ServerError => Get();

    [Composed]
    public string Title(int status) => Titles.GetValueOrDefault(status.ToString(CultureInfo.InvariantCulture)) ?? Titles["other"];

    // Days keep the API's one format in every language, as numbers do.
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
