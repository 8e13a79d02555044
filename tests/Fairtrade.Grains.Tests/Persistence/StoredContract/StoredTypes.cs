using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Grains.Campaign;
using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Towns;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>What the grains store, as the storage's JSON sees it: the roots, and every type reachable from them.</summary>
internal static class StoredTypes
{
    /// <summary>Grain state: what each grain class asks to be kept, by its constructor's persistent state parameters.</summary>
    public static IReadOnlyList<StoredRoot> States { get; } =
    [
        .. typeof(SqlGrainStorage).Assembly.GetTypes()
            .Where(type => type.IsAssignableTo(typeof(Grain)))
            .SelectMany(grain => grain.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.GetCustomAttribute<PersistentStateAttribute>() is not null)
                .Select(p => new StoredRoot(grain, p.GetCustomAttribute<PersistentStateAttribute>()!.StateName, p.ParameterType.GetGenericArguments()[0])))
            .OrderBy(root => root.Name, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Records kept apart from a grain's state (<see cref="IGrainRecordStorage"/>): written by generic calls that
    /// reflection cannot see, hence listed here; a new set's record type belongs here too.
    /// </summary>
    public static IReadOnlyList<StoredRoot> Records { get; } =
    [
        new(typeof(TownGrain), "participants", typeof(ParticipantEntry)),
        new(typeof(CampaignBoardGrain), "towns", typeof(CampaignTownRow)),
    ];

    /// <summary>Every type of the product that is stored, its own or held by another: objects and enums.</summary>
    public static IReadOnlyList<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        foreach (var root in States.Concat(Records))
        {
            Walk(root.Type, seen);
        }

        return [.. seen.Where(type => type.Namespace?.StartsWith("Fairtrade.", StringComparison.Ordinal) == true).OrderBy(type => type.FullName)];
    }

    public static JsonTypeInfo Info(Type type) => StoredJson.Options.GetTypeInfo(type);

    private static void Walk(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type) || type.IsEnum)
        {
            return;
        }

        var info = Info(type);
        var held = info.Kind switch
        {
            JsonTypeInfoKind.Object => info.Properties.Select(p => p.PropertyType),
            JsonTypeInfoKind.Enumerable => [info.ElementType!],
            JsonTypeInfoKind.Dictionary => [info.KeyType!, info.ElementType!],
            _ => [],
        };
        foreach (var member in held)
        {
            Walk(member, seen);
        }
    }
}

/// <summary>A type stored on its own: a grain's state by its state name, or a record by its set's name.</summary>
internal sealed record StoredRoot(Type Grain, string Name, Type Type);
