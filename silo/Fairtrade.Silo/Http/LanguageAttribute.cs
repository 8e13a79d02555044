using System.ComponentModel.DataAnnotations;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Http;

/// <summary>A <c>lang</c> asked for: one of the campaign's languages; absent passes (the handler picks its default).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LanguageAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || value is string text && CampaignLanguages.Supported.Contains(text);

    public override string FormatErrorMessage(string name) => ProblemTexts.Current.LanguageOneOf();
}
