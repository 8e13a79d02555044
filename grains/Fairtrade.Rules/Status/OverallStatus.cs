namespace Fairtrade.Rules.Status;

[GenerateSerializer, Alias("fairtrade.OverallStatus")]
public enum OverallStatus
{
    Met,
    AtRisk,
    NotMet,
}
