namespace Fairtrade.Rules.Rulesets;

public enum Rounding
{
    Ceiling,
    Floor,
}
