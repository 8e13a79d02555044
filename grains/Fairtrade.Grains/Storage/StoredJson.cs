using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Fairtrade.Grains.Storage;

/// <summary>
/// The JSON that grain state and records are stored as. JSON rather than Orleans' own serialization: the payloads are
/// read where they lie, in SQLite or PostgreSQL, by the operations tools, in backups and by the unused-file sweep.
/// Its names are pinned: each stored member carries <see cref="JsonPropertyNameAttribute"/> and each stored enum value
/// <see cref="JsonStringEnumMemberNameAttribute"/> with the name it is stored under, so renaming one in C# does not
/// change what is read (the naming policies below only name what carries none; a test refuses such members).
/// Stored members this code does not know are skipped, not refused: in a cluster being upgraded, a silo of the
/// release before reads state that a newer silo wrote with members added since.
/// </summary>
public static class StoredJson
{
    // Enums are stored by name, so adding a value never changes the meaning of stored data.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
