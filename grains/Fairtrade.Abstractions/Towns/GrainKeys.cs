namespace Fairtrade.Abstractions.Towns;

/// <summary>How grains are addressed: a town by its slug, a participant by <c>{town}/{id}</c>.</summary>
public static class GrainKeys
{
    public const string TownDirectory = "all";

    public const string AccountDirectory = "all";

    public const string ReminderSchedule = "cluster";

    public const string CampaignBoard = "campaign";

    public const string BarrierReports = "all";

    public static string Participant(string town, string id) => $"{town}/{id}";

    public static string UploadQuota(string town, string participant, string linkId) => $"{town}/{participant}/{linkId}";

    public static string RenewalSubmission(string town, string renewalId) => $"{town}/{renewalId}";
}
