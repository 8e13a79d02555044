namespace Fairtrade.Rules.Rulesets;

public enum ProductCounting
{
    Products,
    Categories,
}
