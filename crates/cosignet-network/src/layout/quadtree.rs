//! Barnes-Hut approximation of the repulsion between all pairs of nodes: a quadtree of the
//! positions, where a far enough cell acts as one mass at its centre of mass
//! (O(n log n) per step instead of O(n²)).

/// A cell far enough that `size / distance` is below this acts as one mass.
const THETA: f64 = 1.2;

/// Cells smaller than this are not split further (coincident nodes share a leaf).
const MIN_SIZE: f64 = 1e-9;

/// One cell: its square, total mass and centre of mass, and either children or bodies.
struct Cell {
    x: f64,
    y: f64,
    size: f64,
    mass: f64,
    mx: f64,
    my: f64,
    children: Option<[usize; 4]>,
    bodies: Vec<usize>,
}

impl Cell {
    fn new(x: f64, y: f64, size: f64) -> Self {
        Self {
            x,
            y,
            size,
            mass: 0.0,
            mx: 0.0,
            my: 0.0,
            children: None,
            bodies: Vec::new(),
        }
    }
}

/// The quadtree of a set of positions.
pub(crate) struct QuadTree {
    cells: Vec<Cell>,
}

impl QuadTree {
    /// Builds the tree of `pos`.
    pub(crate) fn new(pos: &[(f64, f64)]) -> Self {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in pos {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        let size = (x1 - x0).max(y1 - y0).max(MIN_SIZE) * 1.000_001;
        let mut tree = Self {
            cells: vec![Cell::new(x0, y0, size)],
        };
        for i in 0..pos.len() {
            tree.insert(pos, i);
        }
        tree
    }

    fn quadrant(cell: &Cell, p: (f64, f64)) -> usize {
        let half = cell.size / 2.0;
        usize::from(p.0 >= cell.x + half) + 2 * usize::from(p.1 >= cell.y + half)
    }

    fn insert(&mut self, pos: &[(f64, f64)], body: usize) {
        let p = pos[body];
        let mut c = 0;
        loop {
            let cell = &mut self.cells[c];
            cell.mass += 1.0;
            cell.mx += p.0;
            cell.my += p.1;
            if let Some(children) = cell.children {
                c = children[Self::quadrant(cell, p)];
                continue;
            }
            if cell.bodies.is_empty() || cell.size < MIN_SIZE {
                cell.bodies.push(body);
                return;
            }
            // Split the leaf and push its bodies one level down, then go on with `body`.
            let (x, y, half) = (cell.x, cell.y, cell.size / 2.0);
            let old = std::mem::take(&mut cell.bodies);
            let first = self.cells.len();
            for q in 0..4 {
                let (qx, qy) = (x + half * (q % 2) as f64, y + half * (q / 2) as f64);
                self.cells.push(Cell::new(qx, qy, half));
            }
            self.cells[c].children = Some([first, first + 1, first + 2, first + 3]);
            for b in old {
                let child = first + Self::quadrant(&self.cells[c], pos[b]);
                let leaf = &mut self.cells[child];
                leaf.mass += 1.0;
                leaf.mx += pos[b].0;
                leaf.my += pos[b].1;
                leaf.bodies.push(b);
            }
        }
    }

    /// The repulsion `k² / d` (times mass) that all other nodes exert on node `i` at `p`.
    pub(crate) fn repulsion(&self, i: usize, p: (f64, f64), k: f64, pos: &[(f64, f64)]) -> (f64, f64) {
        let (mut fx, mut fy) = (0.0, 0.0);
        let mut stack = vec![0];
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c];
            if cell.mass == 0.0 {
                continue;
            }
            let (cx, cy) = (cell.mx / cell.mass, cell.my / cell.mass);
            let (dx, dy) = (p.0 - cx, p.1 - cy);
            let d2 = dx * dx + dy * dy;
            match cell.children {
                Some(children) if cell.size * cell.size >= THETA * THETA * d2 => stack.extend(children),
                Some(_) => add(&mut fx, &mut fy, dx, dy, d2, cell.mass, k),
                None => {
                    for &b in cell.bodies.iter().filter(|&&b| b != i) {
                        let (dx, dy) = (p.0 - pos[b].0, p.1 - pos[b].1);
                        add(&mut fx, &mut fy, dx, dy, dx * dx + dy * dy, 1.0, k);
                    }
                }
            }
        }
        (fx, fy)
    }
}

fn add(fx: &mut f64, fy: &mut f64, dx: f64, dy: f64, d2: f64, mass: f64, k: f64) {
    if d2 > 1e-18 {
        let f = k * k * mass / d2;
        *fx += dx * f;
        *fy += dy * f;
    }
}
