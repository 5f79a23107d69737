import type { PhotoStore } from '../../photos/store/photoStore';

/**
 * What the screens use of the station's photo store: its public calls, without the channel side the photo
 * sync reads and writes. A test stands in for the store by providing these.
 */
export type PhotoStoreView = PhotoStore;
