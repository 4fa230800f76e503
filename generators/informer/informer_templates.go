package informer

// The per-type informer file, section by section. Names: see typeArgs.

// informerInterfaces: the informer interfaces and the handler, indexer and deleted-object aliases of the type.
const informerInterfaces = `
// $.type|public$Informer provides access to a shared informer and lister for
// $.type|publicPlural$. Prefer using the type-safe variant (see [Typed$.type|public$Informer]).
type $.type|public$Informer interface {
	Informer() $.cacheSharedIndexInformer|raw$
	Lister() $.lister|raw$
}

// Typed$.type|public$Informer provides access to a shared informer and lister for
// $.type|publicPlural$, including the type-safe TypedInformer variant.
// It is a superset of $.type|public$Informer.
type Typed$.type|public$Informer interface {
	Informer() $.cacheSharedIndexInformer|raw$
	TypedInformer() $.type|public$IndexInformer
	Lister() $.lister|raw$
}

// $.type|public$IndexInformer is a wrapper around the underlying [$.cacheSharedIndexInformer|raw$]
// with type-safe variants of several methods.
type $.type|public$IndexInformer $.cacheTypedSharedIndexInformer|raw$[*$.type|raw$]

// $.type|public$HandlerFuncs is a specialization of [$.cacheTypedResourceEventHandlerFuncs|raw$] for $.type|public$.
type $.type|public$HandlerFuncs = $.cacheTypedResourceEventHandlerFuncs|raw$[*$.type|raw$]

// $.type|public$DetailedHandlerFuncs is a specialization of [$.cacheTypedResourceEventHandlerDetailedFuncs|raw$] for $.type|public$.
type $.type|public$DetailedHandlerFuncs = $.cacheTypedResourceEventHandlerDetailedFuncs|raw$[*$.type|raw$]

// $.type|public$FilteringHandler is a specialization of [$.cacheTypedFilteringResourceEventHandler|raw$] for $.type|public$.
type $.type|public$FilteringHandler = $.cacheTypedFilteringResourceEventHandler|raw$[*$.type|raw$]

// $.type|public$Indexers is a specialization of [$.cacheTypedIndexers|raw$] for $.type|public$.
type $.type|public$Indexers = $.cacheTypedIndexers|raw$[*$.type|raw$]

// Deleted$.type|public$ is a specialization of [$.cacheDeletedObject|raw$] for $.type|public$.
type Deleted$.type|public$ = $.cacheDeletedObject|raw$[*$.type|raw$]
`

// informerStruct: the informer the factory hands out.
const informerStruct = `
type $.type|private$Informer struct {
	factory          $.internalFactory|raw$
	tweakListOptions $.tweakListOptionsFunc|raw$
$if .namespaced$	namespace        string
$end$}
`

// informerConstructors: the stand-alone constructors, untyped and typed.
const informerConstructors = `
// New$.type|public$Informer constructs a new informer for $.type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTyped$.type|public$Informer]).
func New$.type|public$Informer(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, resyncPeriod $.timeDuration|raw$, indexers $.cacheIndexers|raw$) $.cacheSharedIndexInformer|raw$ {
	return New$.type|public$InformerWithOptions(client$if .namespaced$, namespace$end$, $.informerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers})
}

// NewTyped$.type|public$Informer constructs a new informer for $.type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTyped$.type|public$Informer(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, resyncPeriod $.timeDuration|raw$, indexers $.type|public$Indexers) $.type|public$IndexInformer {
	return NewTyped$.type|public$InformerWithOptions(client$if .namespaced$, namespace$end$, $.informerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.cacheTypedIndexersToIndexers|raw$(indexers)})
}

// NewFiltered$.type|public$Informer constructs a new informer for $.type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTypedFiltered$.type|public$Informer]).
func NewFiltered$.type|public$Informer(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, resyncPeriod $.timeDuration|raw$, indexers $.cacheIndexers|raw$, tweakListOptions $.tweakListOptionsFunc|raw$) $.cacheSharedIndexInformer|raw$ {
	return NewTyped$.type|public$InformerWithOptions(client$if .namespaced$, namespace$end$, $.informerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: indexers, TweakListOptions: tweakListOptions})
}

// NewTypedFiltered$.type|public$Informer constructs a new informer for $.type|public$ type.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTypedFiltered$.type|public$Informer(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, resyncPeriod $.timeDuration|raw$, indexers $.type|public$Indexers, tweakListOptions $.tweakListOptionsFunc|raw$) $.type|public$IndexInformer {
	return NewTyped$.type|public$InformerWithOptions(client$if .namespaced$, namespace$end$, $.informerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.cacheTypedIndexersToIndexers|raw$(indexers), TweakListOptions: tweakListOptions})
}

// New$.type|public$InformerWithOptions constructs a new informer for $.type|public$ type with additional options.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
// If you really need an independent one, prefer using the type-safe variant (see [NewTyped$.type|public$InformerWithOptions]).
func New$.type|public$InformerWithOptions(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, options $.informerOptions|raw$) $.cacheSharedIndexInformer|raw$ {
	return NewTyped$.type|public$InformerWithOptions(client$if .namespaced$, namespace$end$, options)
}

// NewTyped$.type|public$InformerWithOptions constructs a new informer for $.type|public$ type with additional options.
// Always prefer using an informer factory to get a shared informer instead of getting an independent
// one. This reduces memory footprint and number of connections to the server.
func NewTyped$.type|public$InformerWithOptions(client $.clientSetInterface|raw$$if .namespaced$, namespace string$end$, options $.informerOptions|raw$) $.type|public$IndexInformer {
	gvr := $.groupVersionResource|raw${Group: "$.groupName$", Version: "$.versionName$", Resource: "$.resourceName$"}
	identifier := options.InformerName.WithResource(gvr)
	tweakListOptions := options.TweakListOptions
	return $.cacheNewTypedSharedIndexInformer|raw$[*$.type|raw$]($.cacheNewSharedIndexInformerWithOptions|raw$(
		$.cacheToListWatcherWithWatchListSemantics|raw$(&$.cacheListWatch|raw${
			ListFunc: func(opts $.listOptions|raw$) ($.runtimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.group$$.version$().$.type|publicPlural$($if .namespaced$namespace$end$).List($.contextBackground|raw$(), opts)
			},
			WatchFunc: func(opts $.listOptions|raw$) ($.watchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.group$$.version$().$.type|publicPlural$($if .namespaced$namespace$end$).Watch($.contextBackground|raw$(), opts)
			},
			ListWithContextFunc: func(ctx $.contextContext|raw$, opts $.listOptions|raw$) ($.runtimeObject|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.group$$.version$().$.type|publicPlural$($if .namespaced$namespace$end$).List(ctx, opts)
			},
			WatchFuncWithContext: func(ctx $.contextContext|raw$, opts $.listOptions|raw$) ($.watchInterface|raw$, error) {
				if tweakListOptions != nil {
					tweakListOptions(&opts)
				}
				return client.$.group$$.version$().$.type|publicPlural$($if .namespaced$namespace$end$).Watch(ctx, opts)
			},
		}, client),
		&$.type|raw${},
		$.cacheSharedIndexInformerOptions|raw${
			ResyncPeriod: options.ResyncPeriod,
			Indexers:     options.Indexers,
			Identifier:   identifier,
		},
	))
}
`

// informerMethods: the methods the factory calls.
const informerMethods = `
func (f *$.type|private$Informer) defaultInformer(client $.clientSetInterface|raw$, resyncPeriod $.timeDuration|raw$) $.cacheSharedIndexInformer|raw$ {
	return NewTyped$.type|public$InformerWithOptions(client$if .namespaced$, f.namespace$end$, $.informerOptions|raw${ResyncPeriod: resyncPeriod, Indexers: $.cacheIndexers|raw${$.cacheNamespaceIndex|raw$: $.cacheMetaNamespaceIndexFunc|raw$}, InformerName: f.factory.InformerName(), TweakListOptions: f.tweakListOptions})
}

func (f *$.type|private$Informer) Informer() $.cacheSharedIndexInformer|raw$ {
	return f.TypedInformer()
}

func (f *$.type|private$Informer) TypedInformer() $.type|public$IndexInformer {
	return $.cacheNewTypedSharedIndexInformer|raw$[*$.type|raw$](f.factory.InformerFor(&$.type|raw${}, f.defaultInformer))
}

func (f *$.type|private$Informer) Lister() $.lister|raw$ {
	return $.newLister|raw$(f.Informer().GetIndexer())
}
`

// informerConversions: conversions from untyped informers.
const informerConversions = `
// ToTyped$.type|public$Informer converts an untyped informer into a Typed$.type|public$Informer.
//
// WARNING: this conversion is only safe if the informer handles objects of type
// *$.type|public$. If that is not the case, calling type-safe methods of the returned
// Typed$.type|public$Informer leads to runtime panics. A safer alternative is to pass
// around a Typed$.type|public$Informer instances that was obtained from a
// SharedInformerFactory.
func ToTyped$.type|public$Informer(informer $.type|public$Informer) Typed$.type|public$Informer {
	if informer, ok := informer.(Typed$.type|public$Informer); ok {
		return informer
	}
	return &$.type|private$TypedInformerAdapter{informer}
}

type $.type|private$TypedInformerAdapter struct {
	$.type|public$Informer
}

func (a *$.type|private$TypedInformerAdapter) TypedInformer() $.type|public$IndexInformer {
	return $.cacheNewTypedSharedIndexInformer|raw$[*$.type|raw$](a.Informer())
}

// To$.type|public$IndexInformer converts an untyped informer into a $.type|public$IndexInformer.
//
// WARNING: this conversion is only safe if the informer handles objects of type
// *$.type|public$. If that is not the case, calling type-safe methods of the returned
// $.type|public$IndexInformer leads to runtime panics. A safer alternative is to pass
// around a $.type|public$IndexInformer instances that was obtained from a
// SharedInformerFactory.
func To$.type|public$IndexInformer(informer $.cacheSharedIndexInformer|raw$) $.type|public$IndexInformer {
	if informer, ok := informer.($.type|public$IndexInformer); ok {
		return informer
	}
	return $.cacheNewTypedSharedIndexInformer|raw$[*$.type|raw$](informer)
}
`
