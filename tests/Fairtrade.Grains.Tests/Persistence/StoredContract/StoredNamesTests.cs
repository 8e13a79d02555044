using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// Stored data is read by the names it was written under: every member and enum value that is stored carries its
/// stored name, so renaming it in C# never loses data. A member added without one fails here until it is pinned.
/// </summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void EveryStateOfEveryGrainIsFound()
    {
        // The states there were when names were pinned; those added since are found alike.
        string[] statesWhenPinned =
        [
            "account", "account-directory", "barrier-reports", "calendar-links", "notifications", "participant",
            "reminder-schedule", "renewal-submission", "renewals", "town", "town-directory", "upload-quota",
        ];

        statesWhenPinned.ShouldBeSubsetOf(StoredTypes.States.Select(root => root.Name));
    }

    [Fact]
    public void EveryStoredMemberHasAPinnedName()
    {
        var unpinned = StoredTypes.Reachable()
            .Where(type => !type.IsEnum && StoredTypes.Info(type).Kind == JsonTypeInfoKind.Object)
            .SelectMany(type => StoredTypes.Info(type).Properties
                .Where(p => p.AttributeProvider is MemberInfo member && member.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
                .Select(p => $"{type.Name}.{((MemberInfo)p.AttributeProvider!).Name}"));

        unpinned.ShouldBeEmpty("give each a [JsonPropertyName] with the name it is stored under");
    }

    [Fact]
    public void EveryStoredEnumValueHasAPinnedName()
    {
        var unpinned = StoredTypes.Reachable()
            .Where(type => type.IsEnum)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(value => value.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is null)
                .Select(value => $"{type.Name}.{value.Name}"));

        unpinned.ShouldBeEmpty("give each a [JsonStringEnumMemberName] with the name it is stored under");
    }
}
