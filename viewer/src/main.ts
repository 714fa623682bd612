import 'cesium/Build/Cesium/Widgets/widgets.css';
import './styles.css';
import './operations.css';
import { readViewerSettings } from './lib/config/viewer-settings.ts';
import { startViewer } from './start-viewer.ts';

const root = document.getElementById('cimtwin');
if (!root) throw new Error('viewer: the page has no #cimtwin element');
window.cimtwin = startViewer(root, readViewerSettings(window.location.href));
