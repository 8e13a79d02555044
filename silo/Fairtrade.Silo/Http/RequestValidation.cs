using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The framework's validation (<c>AddValidation</c>), asked directly for a request that arrives other than as a bound
/// parameter (a multipart form's fields): the same rules, every error, keyed by the JSON field names.
/// </summary>
public static class RequestValidation
{
    // .NET 10 marks the validation's own API experimental; it is the one AddValidation runs on every bound request.
#pragma warning disable ASP0029
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(object request, IServiceProvider services, CancellationToken cancellationToken) =>
        (await MemberErrorsAsync(request, services, cancellationToken)).ToDictionary(error => FieldNames.Json(error.Key), error => error.Value);

    /// <summary>The errors keyed by member path as C# spells it (<c>Contact.Email</c>).</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> MemberErrorsAsync(object request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        if (!options.TryGetValidatableTypeInfo(request.GetType(), out var rules))
        {
            throw new InvalidOperationException($"{request.GetType().Name} has no rules the validation knows of: it must be bound by an endpoint or marked [ValidatableType].");
        }

        var context = new ValidateContext { ValidationContext = new ValidationContext(request, services, null), ValidationOptions = options };
        await rules.ValidateAsync(request, context, cancellationToken);
        return context.ValidationErrors ?? [];
    }
#pragma warning restore ASP0029
}
