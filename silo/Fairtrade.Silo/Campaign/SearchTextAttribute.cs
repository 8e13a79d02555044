using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's search, <c>q</c>: at most <see cref="CampaignListing.MaxSearchLength"/> characters.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class SearchTextAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string { Length: > CampaignListing.MaxSearchLength };

    public override string FormatErrorMessage(string name) => ProblemTexts.Current.SearchTooLong(CampaignListing.MaxSearchLength);
}
