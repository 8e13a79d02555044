using System.Text.Json;

namespace Fairtrade.Silo.Http;

/// <summary>A request member's name as the API's JSON spells it: <c>Contact.Email</c> → <c>contact.email</c>.</summary>
public static class FieldNames
{
    public static string Json(string member) => string.Join('.', member.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
