using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Http;

/// <summary>
/// What is wrong with a request as sent (ValidationTexts.*.resx): a field that breaks the rule of its attribute, a
/// body or a file that cannot be read or is not taken. A message names a field by its JSON name. Fragments that
/// start small ("is given twice.") follow the field they are listed under in <c>errors</c>.
/// </summary>
/// <remarks>
/// .NET 10's validation has no hook to localize messages (.NET 11 brings one), so the attributes on request records
/// are our own subclasses of the framework's (<see cref="MandatoryAttribute"/>, <see cref="TextLengthAttribute"/>…):
/// they keep its checks, and the OpenAPI document still reads its limits off them, but word their message here,
/// when a request is answered and so in its language.
/// </remarks>
public sealed class ValidationTexts : TextCatalog<ValidationTexts>
{
    public string Required(string field) => Format(nameof(Required), field);
    public string TextAtMost(string field, int max) => Format(nameof(TextAtMost), field, max);
    public string TextLength(string field, int min, int max) => Format(nameof(TextLength), field, min, max);
    public string Between(string field, object min, object max) => Format(nameof(Between), field, min, max);
    public string OneOf(string field, IEnumerable<object?> values) => Format(nameof(OneOf), field, string.Join(", ", values.OfType<string>()));
    public string MaxItems(string field, int max) => Format(nameof(MaxItems), field, max);
    public string Email(string field) => Format(nameof(Email), field);
    public string WebAddress(string field) => Format(nameof(WebAddress), field);
    public string NotBlank(string field) => Format(nameof(NotBlank), field);
    public string SingleLine(string field) => Format(nameof(SingleLine), field);
    public string Identifier(string field) => Format(nameof(Identifier), field);
    public string PhoneNumber(string field) => Format(nameof(PhoneNumber), field);
    public string PasswordLength(int min, int max) => Format(nameof(PasswordLength), min, max);
    public string TooManyProducts(int max, int count) => Format(nameof(TooManyProducts), max, count);
    public string ProductNames(int max) => Format(nameof(ProductNames), max);
    public string Reserved(string id) => Format(nameof(Reserved), id);

    public string InvalidJson => Get();
    public string NotJson => Get();
    public string Unreadable => Get();
    public string NotAField => Get();
    public string WrongType => Get();
    public string NotADate(string value) => Format(nameof(NotADate), value);
    public string DateOutside(string value, string range) => Format(nameof(DateOutside), value, range);
    public string NotOneOf(string value, IEnumerable<string> names) => Format(nameof(NotOneOf), value, string.Join(", ", names));
    public string CannotRemove(string field) => Format(nameof(CannotRemove), field);
    public string NoBoundary => Get();
    public string BrokenMultipart => Get();
    public string UnnamedPart => Get();
    public string GivenTwice => Get();
    public string NotUtf8 => Get();
    public string FieldTooLong(int max) => Format(nameof(FieldTooLong), max);
    public string Antiforgery(string header) => Format(nameof(Antiforgery), header);

    public string OneFile => Get();
    public string NeedsFile => Get();
    public string EmptyFile => Get();
    public string FileTooLarge(long bytes) => Format(nameof(FileTooLarge), bytes);
    public string TooManyUploads => Get();
    public string ActiveContent => Get();
    public string ImageBomb => Get();
    public string WrongFileType => Get();
}
