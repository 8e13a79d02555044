namespace Fairtrade.Rules.Forecast;

/// <summary>
/// Why a forecast's criterion fails, as stable codes for <see cref="ForecastCause.Reason"/> (<see cref="ForecastCause.Text"/>
/// says it in words). The first five name what stopped counting between the last safe day and the failure; the
/// others, what the criterion lacks on the day it fails.
/// </summary>
public static class ForecastReasons
{
    /// <summary>The approved evidence of a participant, the council or the steering group ends, and nothing newer follows.</summary>
    public const string EvidenceRunsOut = "evidence-runs-out";

    /// <summary>A school's, club's or faith community's last Fairtrade activity leaves the activity window.</summary>
    public const string ActivityAgesOut = "activity-ages-out";

    /// <summary>A participant stops counting for any other reason (archived from that day, or too few products).</summary>
    public const string StopsCounting = "stops-counting";

    /// <summary>A participant the what-if leaves out from its first day.</summary>
    public const string LeftOut = "left-out";

    /// <summary>A press article leaves the media window.</summary>
    public const string ArticleAgesOut = "article-ages-out";

    /// <summary>A counter short of the ruleset's number; the subject is the counter, <see cref="ForecastCause.Missing"/> how many more.</summary>
    public const string Missing = "missing";

    /// <summary>The council or the steering group has no approved evidence valid on the day.</summary>
    public const string NoValidEvidence = "no-valid-evidence";

    /// <summary>The campaign publishes no number for the town's population.</summary>
    public const string Unpublished = "unpublished";
}
