namespace Fairtrade.Abstractions.Evidence;

/// <summary>The subjects evidence can prove besides a participant (whose subject is its id).</summary>
public static class EvidenceSubjects
{
    public const string Council = "council";
    public const string SteeringGroup = "steering-group";
    public const string MediaPrefix = "media:";

    public static string Media(string articleId) => MediaPrefix + articleId;

    public static bool IsTownLevel(string subject) =>
        subject is Council or SteeringGroup || subject.StartsWith(MediaPrefix, StringComparison.Ordinal);
}
