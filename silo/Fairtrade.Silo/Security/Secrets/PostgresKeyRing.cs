using System.Xml.Linq;
using Fairtrade.Grains.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Fairtrade.Silo.Security.Secrets;

/// <summary>
/// The keys that protect session cookies and forms, in the cluster's database, so a sign-in on one silo holds on
/// every other. The interface is synchronous; ASP.NET Core reads the ring rarely and caches it.
/// </summary>
public sealed class PostgresKeyRing(PostgresDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        using var command = connection.Command(SecretStatements.ReadKeys);
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            keys.Add(XElement.Parse(reader.GetString(0)));
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.Open();
        using var command = connection.Command(SecretStatements.StoreKey)
            .With("name", friendlyName).With("xml", element.ToString(SaveOptions.DisableFormatting)).With("now", DateTimeOffset.UtcNow);
        command.ExecuteNonQuery();
    }
}
