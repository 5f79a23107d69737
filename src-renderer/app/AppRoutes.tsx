import { use } from 'react';
import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { FEATURE_ROUTES, featureOf, type FeatureRoutes } from './routes';

const loading = new Map<FeatureRoutes, Promise<RouteObject[]>>();
const loaded = new Map<FeatureRoutes, RouteObject[]>();

/** Starts loading a feature's screens (once); start-up calls it for the first screen while the database opens. */
export function loadFeatureRoutes(feature: FeatureRoutes): Promise<RouteObject[]> {
  let pending = loading.get(feature);
  if (!pending) {
    pending = feature.load().then(
      (routes) => {
        loaded.set(feature, routes);
        return routes;
      },
      (error: unknown) => {
        // Let the next visit try again rather than keep a failed load forever.
        loading.delete(feature);
        throw error;
      },
    );
    loading.set(feature, pending);
  }
  return pending;
}

/** Loads the screens of whichever feature `pathname` belongs to (all of them for a path no feature claims). */
export function preloadRoutesFor(pathname: string): Promise<unknown> {
  const feature = featureOf(pathname);
  return feature ? loadFeatureRoutes(feature) : Promise.all(FEATURE_ROUTES.map(loadFeatureRoutes));
}

let everyRoute: Promise<RouteObject[]> | undefined;
let everyRouteLoaded: RouteObject[] | undefined;

function everyRoutePromise(): Promise<RouteObject[]> {
  everyRoute ??= Promise.all(FEATURE_ROUTES.map(loadFeatureRoutes)).then(
    (lists) => (everyRouteLoaded = lists.flat()),
    (error: unknown) => {
      everyRoute = undefined;
      throw error;
    },
  );
  return everyRoute;
}

/** The screen for the address; suspends (the router keeps the last screen meanwhile) while its code loads. */
export function AppRoutes() {
  const { pathname } = useLocation();
  const feature = featureOf(pathname);
  const routes = feature
    ? (loaded.get(feature) ?? use(loadFeatureRoutes(feature)))
    : (everyRouteLoaded ?? use(everyRoutePromise()));
  return useRoutes(routes);
}
