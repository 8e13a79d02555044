namespace Fairtrade.Grains.Localization;

/// <summary>Marks a catalog member made of the catalog's other texts: it has no key of its own.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class ComposedAttribute : Attribute;
