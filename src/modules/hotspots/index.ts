/** Hot spots of petitions by area (issue 7 item 5): each area tested against its own history. */
export { hotspotsRoutes } from './hotspots.routes';
export { hotspots } from './hotspots.service';
